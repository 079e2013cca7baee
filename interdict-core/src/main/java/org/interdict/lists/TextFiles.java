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

  /**
   * The 1-based line of the first byte that is not UTF-8, empty when the file is valid. Readers decode ahead
   * in blocks, so where they fail can lie lines before the bad byte: call this only after an encoding error.
   */
  public static java.util.OptionalLong firstInvalidUtf8Line(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
      java.nio.charset.CoderResult result = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(in, out, true);
      if (!result.isError()) {
        return java.util.OptionalLong.empty();
      }
      long line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      return java.util.OptionalLong.of(line);
    } catch (IOException e) {
      return java.util.OptionalLong.empty();
    }
  }
}
