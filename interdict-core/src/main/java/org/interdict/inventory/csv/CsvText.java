package org.interdict.inventory.csv;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Sniffs the delimiter of CSV text from its header line (the text itself comes from {@link
 * org.interdict.inventory.encoding.Encodings#reader}).
 */
final class CsvText {
  private static final int HEADER_LIMIT = 1024 * 1024;

  private CsvText() {}

  /**
   * The delimiter used most often outside quotes in the first line: ',', ';', tab or '|'; ',' by
   * default.
   */
  static char sniffDelimiter(BufferedReader reader) throws IOException {
    reader.mark(HEADER_LIMIT);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    int pipes = 0;
    boolean quoted = false;
    try {
      for (int i = 0; i < HEADER_LIMIT; i++) {
        int c = reader.read();
        if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
          break;
        }
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted) {
          switch (c) {
            case ',' -> commas++;
            case ';' -> semicolons++;
            case '\t' -> tabs++;
            case '|' -> pipes++;
            default -> {}
          }
        }
      }
    } finally {
      reader.reset();
    }
    int best = Math.max(Math.max(commas, semicolons), Math.max(tabs, pipes));
    if (best == 0 || best == commas) {
      return ',';
    }
    if (best == semicolons) {
      return ';';
    }
    return best == tabs ? '\t' : '|';
  }
}
