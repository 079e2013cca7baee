package org.interdict.inventory.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The Unicode encoding of a text file as its first bytes tell it: a byte order mark when there is one
 * (UTF-8, UTF-16 or UTF-32, either byte order), else the zero bytes that ASCII characters get in UTF-16 and
 * UTF-32, else UTF-8. Inventories start with ASCII ({@code {}, {@code [}, {@code <}, a header or a tag), which is
 * what makes the guess without a mark safe; JSON's RFC 4627 detection works the same way.
 *
 * @param charset the encoding
 * @param bomLength how many leading bytes are the byte order mark (0 when there is none)
 */
public record TextEncoding(Charset charset, int bomLength) {
  /** How many leading bytes {@link #sniff} needs to decide. */
  public static final int SNIFF_BYTES = 4;

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  public TextEncoding {
    Objects.requireNonNull(charset, "charset");
    if (bomLength < 0 || bomLength > SNIFF_BYTES) {
      throw new IllegalArgumentException("bomLength must be in [0, 4], was " + bomLength);
    }
  }

  /** The encoding of text starting with {@code head[0..length)}; fewer than four bytes are fine. */
  public static TextEncoding sniff(byte[] head, int length) {
    int b0 = at(head, length, 0);
    int b1 = at(head, length, 1);
    int b2 = at(head, length, 2);
    int b3 = at(head, length, 3);
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return new TextEncoding(StandardCharsets.UTF_8, 3);
    }
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return new TextEncoding(UTF_32BE, 4);
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return new TextEncoding(UTF_32LE, 4);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 2);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 2);
    }
    if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
      return new TextEncoding(UTF_32BE, 0);
    }
    if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return new TextEncoding(UTF_32LE, 0);
    }
    if (b0 == 0 && b1 > 0) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 0);
    }
    if (b0 > 0 && b1 == 0) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 0);
    }
    return new TextEncoding(StandardCharsets.UTF_8, 0);
  }

  /** True for UTF-8, the encoding every reader works in; the others are transcoded to it. */
  public boolean isUtf8() {
    return charset.equals(StandardCharsets.UTF_8);
  }

  /** The text of {@code head[0..length)} after the byte order mark, undecodable bytes replaced. */
  public String decode(byte[] head, int length) {
    int start = Math.min(bomLength, length);
    return new String(head, start, length - start, charset);
  }

  private static int at(byte[] head, int length, int index) {
    return index < Math.min(length, head.length) ? head[index] & 0xff : -1;
  }
}
