/**
 * Remediation tracking: items from scans, manual transitions, verification by later scans, the
 * burn-down.
 */
package org.interdict.server.remediation;
