/**
 * Remediation items (one per host and covered product), their state history and the daily burn-down
 * counts.
 */
package org.interdict.store.remediation;
