/**
 * {@code interdict serve}: the HTTP API of docs/api.md and the dashboard, over the core engine and
 * the store.
 */
package org.interdict.server;
