package org.interdict.inventory;

import java.util.Locale;
import org.interdict.inventory.encoding.TextEncoding;

/**
 * Tells the format of an inventory from its first bytes and, when they are not decisive, its file name; this is
 * what {@code --input-format auto} does. Content wins over the name because exports are often renamed.
 */
public final class InventoryFormats {
  /** How many leading bytes {@link #detect} looks at; callers should pass at least this many when they can. */
  public static final int SNIFF_BYTES = 64 * 1024;

  private InventoryFormats() {}

  /**
   * @param fileName the file's name, used for its extension ({@code .gz} is looked through)
   * @param head the first bytes of the (decompressed) content, up to {@link #SNIFF_BYTES}
   * @return a format id of {@link InventoryReaders#ids()}
   * @throws UnreadableInventoryException for content no reader can take (XML that is not CycloneDX)
   */
  public static String detect(String fileName, byte[] head, int length) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    String text = decode(head, Math.min(length, head.length)).stripLeading();
    if (text.startsWith("{") || text.startsWith("[")) {
      if (text.contains("\"bomFormat\"")) {
        return "cyclonedx";
      }
      if (text.contains("\"spdxVersion\"")) {
        return "spdx";
      }
      if (text.startsWith("[") || hasOsqueryKeys(text)) {
        return "osquery";
      }
      return byExtension(name, "osquery");
    }
    if (text.startsWith("<")) {
      if (text.contains("<bom") || text.contains(":bom")) {
        return "cyclonedx";
      }
      throw new UnreadableInventoryException(fileName + ": XML that is not a CycloneDX BOM (no <bom> element in"
          + " the first " + SNIFF_BYTES + " bytes); pass --input-format if it is one");
    }
    if (text.startsWith("SPDXVersion:") || (text.startsWith("#") && text.contains("\nSPDXVersion:"))) {
      return "spdx";
    }
    return byExtension(name, "csv");
  }

  private static boolean hasOsqueryKeys(String text) {
    return text.contains("\"hostIdentifier\"") || text.contains("\"snapshot\"") || text.contains("\"diffResults\"")
        || text.contains("\"columns\"") || text.contains("\"calendarTime\"");
  }

  private static String byExtension(String name, String fallback) {
    if (name.endsWith(".cdx.json") || name.endsWith(".bom.json") || name.endsWith(".cdx.xml")
        || name.endsWith(".bom.xml") || name.endsWith(".cdx")) {
      return "cyclonedx";
    }
    if (name.endsWith(".spdx.json") || name.endsWith(".spdx")) {
      return "spdx";
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
      return "csv";
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl") || name.endsWith(".log") || name.endsWith(".json")) {
      return "osquery";
    }
    return fallback;
  }

  private static String decode(byte[] head, int length) {
    return TextEncoding.sniff(head, length).decode(head, length);
  }

}
