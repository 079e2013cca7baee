package org.interdict.scan;

import org.interdict.inventory.InventorySink;

/**
 * One input of a scan: a file with the reader for its format, or the local host. {@link #readInto}
 * throws {@link org.interdict.inventory.UnreadableInventoryException} only when nothing at all can
 * be read.
 */
public interface ScanSource {
  /** The name shown in reports: the path as the user gave it, or {@code host:<name>}. */
  String name();

  /** The format id it is read as: osquery, csv, cyclonedx, spdx, host. */
  String formatId();

  void readInto(InventorySink sink);
}
