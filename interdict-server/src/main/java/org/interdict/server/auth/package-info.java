/**
 * Who may call what: API keys with roles, dashboard sessions with CSRF tokens, and key management.
 */
package org.interdict.server.auth;
