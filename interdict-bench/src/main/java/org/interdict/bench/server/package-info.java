/**
 * Load generation against a running {@code interdict serve}: closed-loop keep-alive connections on
 * loopback.
 */
package org.interdict.bench.server;
