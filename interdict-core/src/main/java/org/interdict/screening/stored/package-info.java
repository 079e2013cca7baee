/**
 * The screening index stored beside the list snapshots it was built from: one checksummed,
 * versioned binary file per set of snapshots in force, loaded instead of parsing the lists again
 * and rebuilt when it does not fit.
 */
package org.interdict.screening.stored;
