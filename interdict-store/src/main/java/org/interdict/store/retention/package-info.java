/** Purging records older than the retention period. */
package org.interdict.store.retention;
