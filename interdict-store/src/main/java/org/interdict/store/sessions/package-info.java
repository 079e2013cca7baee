/**
 * Dashboard sessions: a cookie token (stored hashed) bound to a user (and the key it signed in
 * with), with its role, CSRF token and expiry.
 */
package org.interdict.store.sessions;
