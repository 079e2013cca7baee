package org.interdict.inventory.cyclonedx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.interdict.inventory.InventoryReader;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.encoding.Encodings;
import org.interdict.model.InputError;

/**
 * Reads a CycloneDX BOM in JSON or XML, told apart by the first non-blank character. Every
 * component becomes a record; {@code metadata.component} (the product the BOM describes) too, and
 * its name is the parent name of the top-level components, since they are integrated into it.
 * Stateless and thread-safe.
 */
public final class CycloneDxReader implements InventoryReader {
  /**
   * Components nested deeper than this are reported and skipped, which bounds the reader's stack.
   */
  static final int MAX_DEPTH = 200;

  @Override
  public String formatId() {
    return "cyclonedx";
  }

  @Override
  public void read(InputStream input, String fileName, InventorySink sink) {
    try {
      BufferedInputStream buffered = Encodings.buffered(input);
      boolean transcoded = !Encodings.sniff(buffered).isUtf8();
      BufferedInputStream utf8 = Encodings.utf8(buffered);
      int first = Encodings.firstSignificantByte(utf8);
      if (first < 0) {
        sink.error(InputError.of(fileName, 0, "empty-input", "the file is empty; nothing to read"));
      } else if (first == '{') {
        new CycloneDxJsonReader(fileName, sink).read(utf8);
      } else if (first == '<') {
        new CycloneDxXmlReader(fileName, sink).read(utf8, transcoded);
      } else {
        throw new UnreadableInventoryException(
            fileName
                + ": not a CycloneDX BOM: expected '{' (JSON) or '<'"
                + " (XML) as the first character, found byte 0x"
                + Integer.toHexString(first));
      }
    } catch (IOException e) {
      throw new UnreadableInventoryException(fileName + ": cannot read: " + e.getMessage(), e);
    }
  }
}
