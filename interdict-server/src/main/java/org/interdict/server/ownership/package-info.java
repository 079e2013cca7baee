/**
 * Ownership over HTTP: the party graph imported as CSV or JSON, stored, and its rule flags on
 * screening answers.
 */
package org.interdict.server.ownership;
