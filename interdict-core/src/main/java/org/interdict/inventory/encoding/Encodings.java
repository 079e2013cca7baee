package org.interdict.inventory.encoding;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.text.ReplacingUtf8Reader;

/**
 * The one charset-sniffing step every inventory reader starts with ({@link TextEncoding#sniff}), so
 * that UTF-16 and UTF-32, with or without a byte order mark, read like UTF-8 in every format.
 * Stateless and thread-safe.
 */
public final class Encodings {
  private static final int BUFFER = 64 * 1024;
  private static final String INVALID_ENCODING = "invalid-encoding";
  private static final int XML_DECLARATION_BYTES = 512;
  private static final Pattern XML_ENCODING =
      Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

  private Encodings() {}

  /**
   * The input as UTF-8 bytes without a byte order mark: UTF-8 passes through, UTF-16 and UTF-32 are
   * transcoded (bytes invalid in them make a read fail with an {@link java.io.IOException} naming
   * the encoding). The result supports mark/reset. Closing it closes {@code input}; readers must
   * not close it.
   */
  public static BufferedInputStream utf8(InputStream input) throws IOException {
    BufferedInputStream buffered = buffered(input);
    TextEncoding encoding = sniff(buffered);
    buffered.skipNBytes(encoding.bomLength());
    if (encoding.isUtf8()) {
      return buffered;
    }
    return new BufferedInputStream(new Utf8TranscodingStream(buffered, encoding.charset()), BUFFER);
  }

  /**
   * The input as text, after any byte order mark, in the encoding {@link TextEncoding#sniff} finds;
   * undecodable bytes become U+FFFD, which the reader reports as {@code invalid-encoding}.
   */
  public static BufferedReader reader(InputStream input) throws IOException {
    BufferedInputStream buffered = buffered(input);
    TextEncoding encoding = sniff(buffered);
    buffered.skipNBytes(encoding.bomLength());
    var decoder =
        encoding
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(buffered, decoder), BUFFER);
  }

  /**
   * The {@code invalid-encoding} error for the first line where a {@link #reader} replaced bytes
   * with U+FFFD; readers report it once per file and keep the rows.
   */
  public static InputError invalidEncoding(String fileName, long line) {
    return InputError.of(
        fileName,
        line,
        INVALID_ENCODING,
        "bytes that are not valid in the file's encoding"
            + " (UTF-8 unless a byte order mark or zero bytes say UTF-16 or UTF-32) first seen here; they were replaced"
            + " with U+FFFD and the rows kept (reported once per file)");
  }

  /**
   * A {@link #utf8} stream as text for the JSON and XML readers: each byte sequence that is not
   * UTF-8 becomes U+FFFD and is noted by line, so the parser reads on past it; report them with
   * {@link #reportReplaced} once the read ends.
   */
  public static ReplacingUtf8Reader replacingReader(InputStream utf8) {
    return new ReplacingUtf8Reader(utf8);
  }

  /**
   * One {@code invalid-encoding} error per line where {@code text} replaced bytes (the first ten,
   * then a total), each naming the file and that line: the records are kept with damaged text, and
   * the errors make the inventory incomplete.
   */
  public static void reportReplaced(ReplacingUtf8Reader text, String fileName, InventorySink sink) {
    text.errors(fileName, INVALID_ENCODING).forEach(sink::error);
  }

  /**
   * Whether an XML document at the start of this {@link #utf8} stream is in UTF-8 by its own word:
   * no XML declaration, or one whose {@code encoding} is absent, UTF-8 or ASCII. Leaves the stream
   * where it was.
   */
  public static boolean xmlDeclaresUtf8(BufferedInputStream utf8) throws IOException {
    utf8.mark(XML_DECLARATION_BYTES);
    String head;
    try {
      head =
          new String(utf8.readNBytes(XML_DECLARATION_BYTES), StandardCharsets.ISO_8859_1).strip();
    } finally {
      utf8.reset();
    }
    if (!head.startsWith("<?xml")) {
      return true;
    }
    int end = head.indexOf("?>");
    Matcher encoding = XML_ENCODING.matcher(end < 0 ? head : head.substring(0, end));
    if (!encoding.find()) {
      return true;
    }
    String name = encoding.group(1).toUpperCase(Locale.ROOT);
    return name.equals("UTF-8")
        || name.equals("UTF8")
        || name.equals("US-ASCII")
        || name.equals("ASCII");
  }

  /** The encoding of the stream's first bytes; leaves the stream where it was. */
  public static TextEncoding sniff(BufferedInputStream input) throws IOException {
    input.mark(TextEncoding.SNIFF_BYTES);
    try {
      byte[] head = input.readNBytes(TextEncoding.SNIFF_BYTES);
      return TextEncoding.sniff(head, head.length);
    } finally {
      input.reset();
    }
  }

  /**
   * The first byte that is not JSON/XML white space within the first 64 KiB of a {@link #utf8}
   * stream, or -1 when there is none; leaves the stream where it was. Readers tell their
   * sub-formats apart by it.
   */
  public static int firstSignificantByte(BufferedInputStream utf8) throws IOException {
    utf8.mark(BUFFER);
    try {
      for (int i = 0; i < BUFFER; i++) {
        int b = utf8.read();
        if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
          return b;
        }
      }
      return -1;
    } finally {
      utf8.reset();
    }
  }

  /**
   * The input itself when it is buffered (so that a sniff's mark/reset applies to it), else
   * buffered.
   */
  public static BufferedInputStream buffered(InputStream input) {
    return input instanceof BufferedInputStream b ? b : new BufferedInputStream(input, BUFFER);
  }
}
