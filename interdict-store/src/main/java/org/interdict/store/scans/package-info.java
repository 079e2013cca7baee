/**
 * Scan jobs: an uploaded inventory, its status (queued, running, completed, failed), progress and
 * errors.
 */
package org.interdict.store.scans;
