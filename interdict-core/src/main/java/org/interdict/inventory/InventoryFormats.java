package org.interdict.inventory;

import org.interdict.inventory.InventoryFormat.Recognition;
import org.interdict.inventory.encoding.TextEncoding;

/**
 * Tells the format of an inventory from its first bytes and, when they are not decisive, its file
 * name; this is what {@code --input-format auto} does. Content wins over the name because exports
 * are often renamed.
 */
public final class InventoryFormats {
  /**
   * How many leading bytes {@link #detect} looks at; callers should pass at least this many when
   * they can.
   */
  public static final int SNIFF_BYTES = 64 * 1024;

  private InventoryFormats() {}

  /**
   * @param fileName the file's name, used for its extension ({@code .gz} is looked through)
   * @param head the first bytes of the (decompressed) content, up to {@link #SNIFF_BYTES}
   * @return a format id of {@link InventoryReaders#ids()}: the format that recognises the input
   *     most strongly ({@link InventoryFormat#recognise}), ties going to the one registered first
   * @throws UnreadableInventoryException for content no format takes (XML that is not CycloneDX)
   */
  public static String detect(String fileName, byte[] head, int length) {
    InventoryHead inventoryHead =
        InventoryHead.of(fileName, decode(head, Math.min(length, head.length)));
    InventoryFormat best = null;
    Recognition strongest = Recognition.NONE;
    for (InventoryFormat format : InventoryReaders.formats()) {
      Recognition recognition = format.recognise(inventoryHead);
      if (recognition.compareTo(strongest) > 0) {
        best = format;
        strongest = recognition;
      }
    }
    if (best != null) {
      return best.id();
    }
    String why =
        InventoryReaders.formats().stream()
            .flatMap(format -> format.nearMiss(inventoryHead).stream())
            .findFirst()
            .orElse("content no input format recognises; pass --input-format");
    throw new UnreadableInventoryException(fileName + ": " + why);
  }

  private static String decode(byte[] head, int length) {
    return TextEncoding.sniff(head, length).decode(head, length);
  }
}
