/**
 * Reads software-inventory CSV exports (Intune, Defender, SCCM, Lansweeper, registry dumps) by
 * header name.
 */
package org.interdict.inventory.csv;
