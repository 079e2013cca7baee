/**
 * Restricted-party screening: an immutable name index, candidate retrieval, an explainable scorer,
 * filters.
 */
package org.interdict.screening;
