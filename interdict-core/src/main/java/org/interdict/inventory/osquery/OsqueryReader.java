package org.interdict.inventory.osquery;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.interdict.inventory.InventoryReader;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.encoding.Encodings;
import org.interdict.model.InputError;

/**
 * Reads osquery output in either form, told apart by the first non-blank byte: {@code [} starts an
 * {@code osqueryi --json} array of rows, {@code {} starts an osqueryd result log with one JSON object per line.
 * Stateless and thread-safe.
 */
public final class OsqueryReader implements InventoryReader {
  /** Lines longer than this are reported as {@code line-too-long} and skipped, which bounds memory. */
  public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

  private final int maxLineBytes;

  public OsqueryReader() {
    this(DEFAULT_MAX_LINE_BYTES);
  }

  public OsqueryReader(int maxLineBytes) {
    if (maxLineBytes < 16) {
      throw new IllegalArgumentException("maxLineBytes must be at least 16, was " + maxLineBytes);
    }
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public String formatId() {
    return "osquery";
  }

  @Override
  public void read(InputStream input, String fileName, InventorySink sink) {
    try {
      BufferedInputStream utf8 = Encodings.utf8(input);
      int first = Encodings.firstSignificantByte(utf8);
      if (first < 0) {
        sink.error(InputError.of(fileName, 0, "empty-input", "the file holds no osquery rows; nothing to read"));
        return;
      }
      if (first == '[') {
        new OsqueryArrayReader(fileName, sink).read(utf8);
      } else if (first == '{') {
        new OsqueryLogReader(fileName, sink, maxLineBytes).read(utf8);
      } else {
        throw new UnreadableInventoryException(
            fileName + ": not osquery output: expected '[' (osqueryi --json) or '{' (osqueryd result log)"
                + " as the first character, found byte 0x" + Integer.toHexString(first));
      }
    } catch (IOException e) {
      throw new UnreadableInventoryException(fileName + ": cannot read: " + e.getMessage(), e);
    }
  }
}
