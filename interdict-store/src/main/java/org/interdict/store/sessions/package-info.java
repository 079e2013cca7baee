/**
 * Dashboard sessions: a cookie token (stored hashed) bound to a key, with its CSRF token and
 * expiry.
 */
package org.interdict.store.sessions;
