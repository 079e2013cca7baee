/**
 * Runs a scan: reads inventories, detects catalog products, evaluates regimes as of a date,
 * collects results.
 */
package org.interdict.scan;
