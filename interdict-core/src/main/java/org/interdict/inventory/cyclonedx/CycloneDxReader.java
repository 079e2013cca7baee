package org.interdict.inventory.cyclonedx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.interdict.inventory.InventoryReader;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.model.InputError;

/**
 * Reads a CycloneDX BOM in JSON or XML, told apart by the first non-blank character. Every component becomes
 * a record; {@code metadata.component} (the product the BOM describes) too, and its name is the parent name of
 * the top-level components, since they are integrated into it. Stateless and thread-safe.
 */
public final class CycloneDxReader implements InventoryReader {
  /** Components nested deeper than this are reported and skipped, which bounds the reader's stack. */
  static final int MAX_DEPTH = 200;

  @Override
  public String formatId() {
    return "cyclonedx";
  }

  @Override
  public void read(InputStream input, String fileName, InventorySink sink) {
    try {
      BufferedInputStream buffered = new BufferedInputStream(input, 64 * 1024);
      int first = firstSignificantByte(buffered);
      if (first < 0) {
        sink.error(InputError.of(fileName, 0, "empty-input", "the file is empty; nothing to read"));
      } else if (first == '{') {
        new CycloneDxJsonReader(fileName, sink).read(buffered);
      } else if (first == '<') {
        new CycloneDxXmlReader(fileName, sink).read(buffered);
      } else {
        throw new UnreadableInventoryException(fileName + ": not a CycloneDX BOM: expected '{' (JSON) or '<'"
            + " (XML) as the first character, found byte 0x" + Integer.toHexString(first));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(fileName + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static int firstSignificantByte(BufferedInputStream input) throws IOException {
    input.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int b = input.read();
        if (b < 0) {
          return -1;
        }
        boolean skippable = b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB
            || b == 0xBF || b == 0xFE || b == 0xFF || b == 0;
        if (!skippable) {
          return b;
        }
      }
      return -1;
    } finally {
      input.reset();
    }
  }
}
