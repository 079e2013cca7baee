package org.interdict.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.text.ReplacingUtf8Reader;

/**
 * Opens list files as UTF-8 that never stops at a bad byte: the byte is replaced and its line
 * reported, so a damaged file is read to its end and flagged incomplete rather than silently cut
 * short.
 */
public final class TextFiles {
  private TextFiles() {}

  /**
   * A reader that decodes UTF-8, replacing invalid bytes with U+FFFD and noting the line of each,
   * and skips a byte order mark; ask it for its {@link ReplacingUtf8Reader#errors} once the file
   * has been read.
   */
  public static ReplacingUtf8Reader openUtf8(Path file) throws IOException {
    return new ReplacingUtf8Reader(Files.newInputStream(file));
  }

  /** Null for absent optional values, blank strings and OFAC's {@code -0-} marker all become "". */
  public static String clean(String value) {
    if (value == null) {
      return "";
    }
    String stripped = value.strip();
    return stripped.equals("-0-") ? "" : stripped;
  }
}
