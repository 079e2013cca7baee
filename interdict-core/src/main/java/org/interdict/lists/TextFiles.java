package org.interdict.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens list files as strict UTF-8, so bad bytes become a reported error instead of silent U+FFFD names. */
public final class TextFiles {
  private TextFiles() {}

  /** A reader that throws {@link java.nio.charset.CharacterCodingException} on invalid UTF-8; skips a BOM. */
  public static BufferedReader openUtf8(Path file) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
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
