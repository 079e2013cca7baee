/**
 * Stored screenings: the query as given (user data, never logged), its normalized form and its
 * hits.
 */
package org.interdict.store.screenings;
