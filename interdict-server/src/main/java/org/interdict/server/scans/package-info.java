/**
 * Scan jobs: durable uploads, a small worker pool running the core scanner, recovery after a crash.
 */
package org.interdict.server.scans;
