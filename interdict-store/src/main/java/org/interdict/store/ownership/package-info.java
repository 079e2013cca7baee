/**
 * The ownership graph's edges (owner, owned, percentage, relation), as imported through the API.
 */
package org.interdict.store.ownership;
