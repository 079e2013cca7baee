/**
 * Tells the Unicode encoding of an inventory from its first bytes, the one place every reader asks.
 */
package org.interdict.inventory.encoding;
