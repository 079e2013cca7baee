/**
 * Name normalization as a chain of small named steps, applied identically to list names and
 * queries.
 */
package org.interdict.text;
