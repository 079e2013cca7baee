/**
 * Findings of completed scans with their per-regime outcomes, filtered, sorted and paged for the
 * API.
 */
package org.interdict.store.findings;
