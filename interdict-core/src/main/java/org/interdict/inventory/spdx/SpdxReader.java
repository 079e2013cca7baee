package org.interdict.inventory.spdx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.interdict.inventory.InventoryReader;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.encoding.Encodings;

/**
 * The {@code spdx} format: JSON documents go to {@link SpdxJsonReader}, anything else to {@link
 * SpdxTagValueReader}, told apart by the first non-blank byte. Stateless and thread-safe.
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
    try {
      BufferedInputStream utf8 = Encodings.utf8(input);
      int first = Encodings.firstSignificantByte(utf8);
      if (first == '{' || first == '[' || first < 0) {
        json.read(utf8, fileName, sink);
      } else {
        tagValue.read(utf8, fileName, sink);
      }
    } catch (IOException e) {
      throw new UnreadableInventoryException(fileName + ": cannot read: " + e.getMessage(), e);
    }
  }
}
