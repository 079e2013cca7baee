/**
 * Streaming readers that turn inventory files (osquery, CSV, CycloneDX, SPDX) and the local host
 * into records: the contract every format package implements ({@link
 * org.interdict.inventory.InventoryFormat}), its registry and the dispatcher, which names no
 * format.
 */
package org.interdict.inventory;
