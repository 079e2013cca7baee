package org.interdict.inventory.spdx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.interdict.inventory.InventoryReader;
import org.interdict.inventory.InventorySink;

/**
 * The {@code spdx} format: JSON documents go to {@link SpdxJsonReader}, anything else to
 * {@link SpdxTagValueReader}, told apart by the first non-blank byte. Stateless and thread-safe.
 */
public final class SpdxReader implements InventoryReader {
  private final SpdxJsonReader json = new SpdxJsonReader();
  private final SpdxTagValueReader tagValue = new SpdxTagValueReader();

  @Override
  public String formatId() {
    return "spdx";
  }

  @Override
  public void read(InputStream input, String fileName, InventorySink sink) {
    BufferedInputStream buffered = new BufferedInputStream(input, 64 * 1024);
    try {
      buffered.mark(4096);
      int first;
      int seen = 0;
      do {
        first = buffered.read();
        seen++;
      } while (seen < 4096 && (first == ' ' || first == '\t' || first == '\r' || first == '\n'
          || first == 0xEF || first == 0xBB || first == 0xBF));
      buffered.reset();
      if (first == '{' || first == '[' || first < 0) {
        json.read(buffered, fileName, sink);
      } else {
        tagValue.read(buffered, fileName, sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(fileName + ": cannot read: " + e.getMessage(), e);
    }
  }
}
