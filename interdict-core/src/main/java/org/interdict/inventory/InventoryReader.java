package org.interdict.inventory;

import java.io.InputStream;

/**
 * Reads one inventory format. Contract: streams (bounded memory whatever the input size), sends
 * every record it can read to the sink, turns every malformed row or document into an {@link
 * org.interdict.model.InputError} naming file and line, and goes on where it safely can. Throws
 * only when nothing at all can be read, with an {@link UnreadableInventoryException}.
 * Implementations are stateless and thread-safe.
 */
public interface InventoryReader {
  /** Stable id used by {@code --input-format}: osquery, csv, cyclonedx, spdx. */
  String formatId();

  /**
   * @param input the bytes, not closed by the reader
   * @param fileName the name shown in locations and errors (as the user gave it)
   */
  void read(InputStream input, String fileName, InventorySink sink);
}
