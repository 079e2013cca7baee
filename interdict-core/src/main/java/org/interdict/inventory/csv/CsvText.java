package org.interdict.inventory.csv;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns CSV bytes into text: picks the charset from a byte order mark (Excel writes UTF-16 with one), decodes
 * with replacement so bad bytes never stop a run, and sniffs the delimiter from the header line.
 */
final class CsvText {
  private static final int HEADER_LIMIT = 1024 * 1024;

  private CsvText() {}

  /** A reader positioned after any byte order mark, replacing undecodable bytes with U+FFFD. */
  static BufferedReader open(InputStream input) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(input, 64 * 1024);
    buffered.mark(4);
    int b0 = buffered.read();
    int b1 = buffered.read();
    int b2 = buffered.read();
    buffered.reset();
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      skip = 3;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (b0 == 0xFE && b1 == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (b0 > 0 && b1 == 0) {
      // UTF-16 without a byte order mark still shows itself by the zero high byte of ASCII headers.
      charset = StandardCharsets.UTF_16LE;
    } else if (b0 == 0 && b1 > 0) {
      charset = StandardCharsets.UTF_16BE;
    }
    buffered.skipNBytes(skip);
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(buffered, decoder), 64 * 1024);
  }

  /** The delimiter used most often outside quotes in the first line: ',', ';', tab or '|'; ',' by default. */
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
            default -> { }
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
