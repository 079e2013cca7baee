package org.interdict.inventory;

import java.util.Locale;
import java.util.Objects;

/**
 * What {@code --input-format auto} looks at: the file name in lower case with a {@code .gz} suffix
 * looked through, and the first bytes of the (decompressed) content decoded and with leading blanks
 * removed. Immutable.
 */
public record InventoryHead(String fileName, String lowerCaseName, String text) {
  public InventoryHead {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(lowerCaseName, "lowerCaseName");
    Objects.requireNonNull(text, "text");
  }

  /** The head of an input named {@code fileName} whose first bytes decode to {@code text}. */
  public static InventoryHead of(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    return new InventoryHead(fileName, name, text.stripLeading());
  }

  /** Whether the content starts as JSON does (an object or an array). */
  public boolean json() {
    return text.startsWith("{") || text.startsWith("[");
  }

  /** Whether the content starts as XML does. */
  public boolean xml() {
    return text.startsWith("<");
  }

  /** Whether the content is plain text: neither JSON nor XML. */
  public boolean plainText() {
    return !json() && !xml();
  }

  /**
   * Whether the name ends with one of {@code suffixes}; always false for XML content, which decides
   * by itself.
   */
  public boolean nameEndsWith(String... suffixes) {
    if (xml()) {
      return false;
    }
    for (String suffix : suffixes) {
      if (lowerCaseName.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
