package org.interdict.inventory.osquery;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A byte-level parser for the shape nearly every osqueryd result line has: one object of scalar
 * fields, flat {@code decorations} and {@code columns} objects and a {@code snapshot} array of flat
 * row objects, strict JSON, valid UTF-8. It fills a {@link LogLine} exactly as the Jackson path
 * would, or declines ({@code false}) at the first thing it does not fully understand (any other
 * nesting, {@code diffResults}, an escape in a name, a number Jackson would refuse or report, bytes
 * that are not valid UTF-8, any syntax error), and the caller then parses the line with Jackson, so
 * every message and every edge case stays Jackson's (docs/adr/011-osquery-parallel-reading.md).
 * About five times cheaper than a Jackson parser per line, because it looks only at the bytes it
 * needs and keeps column names as shared strings. Not thread-safe; one per thread.
 */
final class FastLogLine {
  /** Longer strings go to Jackson, which enforces its own string length limit and says so. */
  private static final int MAX_FAST_STRING_BYTES = 1 << 20;

  /** Jackson's default number length limit is far above this; longer numbers go to Jackson. */
  private static final int MAX_FAST_NUMBER_CHARS = 100;

  private static final int MAX_FAST_NAME_BYTES = 256;
  private static final String[] SNAPSHOT_POINTERS = new String[256];

  static {
    for (int i = 0; i < SNAPSHOT_POINTERS.length; i++) {
      SNAPSHOT_POINTERS[i] = "/snapshot/" + i;
    }
  }

  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[][] nameBytes = new byte[128][];
  private final String[] names = new String[128];
  private char[] chars = new char[256];
  private byte[] b;
  private int p;
  private int end;
  private String text;

  /**
   * Parses {@code bytes[from, from + length)} into {@code line}; false (with {@code line} in any
   * state) to decline.
   */
  boolean parse(byte[] bytes, int from, int length, LogLine line) {
    b = bytes;
    p = from;
    end = from + length;
    try {
      return object(line) && atEnd();
    } finally {
      b = null;
    }
  }

  private boolean object(LogLine line) {
    if (!skipTo('{')) {
      return false;
    }
    skipSpace();
    if (p < end && b[p] == '}') {
      p++;
      return true;
    }
    while (true) {
      String field = name();
      if (field == null || !skipTo(':')) {
        return false;
      }
      skipSpace();
      if (p >= end) {
        return false;
      }
      byte first = b[p];
      switch (field) {
        case "name", "hostIdentifier", "hostname", "action" -> {
          if (!scalar()) {
            return false;
          }
          switch (field) {
            case "name" -> line.queryName = text;
            case "hostIdentifier" -> line.hostIdentifier = text;
            case "hostname" -> line.hostname = text;
            default -> line.action = text;
          }
        }
        case "decorations" -> {
          if (first == '{') {
            Map<String, String> decorations = row();
            if (decorations == null) {
              return false;
            }
            line.decoratedHostname = decorations.getOrDefault("hostname", "");
          } else if (first == '[' || !scalar()) {
            return false;
          }
        }
        case "columns" -> {
          line.rowsPartSeen = true;
          Map<String, String> row = first == '{' ? row() : null;
          if (row == null) {
            return false;
          }
          line.add("/columns", row);
        }
        case "snapshot" -> {
          line.rowsPartSeen = true;
          if (first != '[' || !snapshot(line)) {
            return false;
          }
        }
        case "diffResults" -> {
          return false;
        }
        default -> {
          if (first == '{' || first == '[' || !scalar()) {
            return false;
          }
        }
      }
      skipSpace();
      if (p >= end) {
        return false;
      }
      byte next = b[p++];
      if (next == '}') {
        return true;
      }
      if (next != ',') {
        return false;
      }
    }
  }

  private boolean snapshot(LogLine line) {
    p++;
    skipSpace();
    if (p < end && b[p] == ']') {
      p++;
      return true;
    }
    int index = 0;
    while (true) {
      skipSpace();
      if (p >= end || b[p] != '{') {
        return false;
      }
      Map<String, String> row = row();
      if (row == null) {
        return false;
      }
      line.add(
          index < SNAPSHOT_POINTERS.length ? SNAPSHOT_POINTERS[index] : "/snapshot/" + index, row);
      index++;
      skipSpace();
      if (p >= end) {
        return false;
      }
      byte next = b[p++];
      if (next == ']') {
        return true;
      }
      if (next != ',') {
        return false;
      }
    }
  }

  /**
   * A flat object of scalars at {@code p} (which is at '{'), as column to text; null to decline.
   */
  private Map<String, String> row() {
    p++;
    Map<String, String> row = new HashMap<>(16);
    skipSpace();
    if (p < end && b[p] == '}') {
      p++;
      return row;
    }
    while (true) {
      String column = name();
      if (column == null || !skipTo(':')) {
        return null;
      }
      skipSpace();
      if (!scalar()) {
        return null;
      }
      row.put(column, text);
      skipSpace();
      if (p >= end) {
        return null;
      }
      byte next = b[p++];
      if (next == '}') {
        return row;
      }
      if (next != ',') {
        return null;
      }
    }
  }

  /** A field name of printable ASCII without escapes, as a shared string; null to decline. */
  private String name() {
    skipSpace();
    if (p >= end || b[p] != '"') {
      return null;
    }
    int start = ++p;
    int hash = 0;
    while (p < end) {
      byte c = b[p];
      if (c == '"') {
        break;
      }
      if (c < 0x20 || c == '\\' || p - start >= MAX_FAST_NAME_BYTES) {
        return null; // also catches bytes >= 0x80, which are negative
      }
      hash = 31 * hash + c;
      p++;
    }
    if (p >= end) {
      return null;
    }
    int length = p - start;
    p++;
    int slot = (hash ^ (hash >>> 7)) & (names.length - 1);
    byte[] known = nameBytes[slot];
    if (known != null && Arrays.equals(known, 0, known.length, b, start, start + length)) {
      return names[slot];
    }
    String name = new String(b, start, length, StandardCharsets.ISO_8859_1);
    nameBytes[slot] = Arrays.copyOfRange(b, start, start + length);
    names[slot] = name;
    return name;
  }

  /**
   * A string, number, boolean or null at {@code p}, its text (Jackson's {@code getText}, "" for
   * null) in {@code text}.
   */
  private boolean scalar() {
    if (p >= end) {
      return false;
    }
    byte c = b[p];
    if (c == '"') {
      return string();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    if (literal("true")) {
      text = "true";
    } else if (literal("false")) {
      text = "false";
    } else if (literal("null")) {
      text = "";
    } else {
      return false;
    }
    return delimited();
  }

  private boolean literal(String word) {
    int length = word.length();
    if (end - p < length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (b[p + i] != word.charAt(i)) {
        return false;
      }
    }
    p += length;
    return true;
  }

  /**
   * True when the value just read is followed by what may follow a value (Jackson refuses {@code
   * 12ab}, {@code truex}).
   */
  private boolean delimited() {
    if (p >= end) {
      return true;
    }
    byte c = b[p];
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private boolean number() {
    int start = p;
    if (b[p] == '-') {
      p++;
    }
    if (p >= end) {
      return false;
    }
    if (b[p] == '0') {
      p++;
    } else if (!digits()) {
      return false;
    }
    if (p < end && b[p] == '.') {
      p++;
      if (!digits()) {
        return false;
      }
    }
    if (p < end && (b[p] == 'e' || b[p] == 'E')) {
      p++;
      if (p < end && (b[p] == '+' || b[p] == '-')) {
        p++;
      }
      if (!digits()) {
        return false;
      }
    }
    if (p - start > MAX_FAST_NUMBER_CHARS || !delimited()) {
      return false;
    }
    text = new String(b, start, p - start, StandardCharsets.ISO_8859_1);
    return true;
  }

  private boolean digits() {
    int start = p;
    while (p < end && b[p] >= '0' && b[p] <= '9') {
      p++;
    }
    return p > start;
  }

  private boolean string() {
    int start = ++p;
    boolean ascii = true;
    while (p < end) {
      byte c = b[p];
      if (c == '"') {
        int length = p - start;
        p++;
        if (ascii) {
          text = new String(b, start, length, StandardCharsets.ISO_8859_1);
          return true;
        }
        return decodeUtf8(start, length);
      }
      if (c == '\\') {
        return ascii && escapedString(start);
      }
      if (c >= 0 && c < 0x20) {
        return false;
      }
      if (c < 0) {
        ascii = false;
      }
      if (++p - start > MAX_FAST_STRING_BYTES) {
        return false;
      }
    }
    return false;
  }

  /**
   * Strict UTF-8 only (no overlong forms, no encoded surrogates): anything the JDK refuses goes to
   * Jackson.
   */
  private boolean decodeUtf8(int start, int length) {
    try {
      text = utf8.reset().decode(ByteBuffer.wrap(b, start, length)).toString();
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * An ASCII string with escapes, {@code p} at the first backslash; the common escapes and {@code
   * \\uXXXX}.
   */
  private boolean escapedString(int start) {
    int n = p - start;
    ensureChars(n + 16);
    for (int i = 0; i < n; i++) {
      chars[i] = (char) b[start + i];
    }
    while (p < end) {
      byte c = b[p++];
      if (c == '"') {
        text = new String(chars, 0, n);
        return true;
      }
      if (c < 0x20 || p - start > MAX_FAST_STRING_BYTES) {
        return false; // control characters, and bytes >= 0x80 after an escape, go to Jackson
      }
      char out;
      if (c == '\\') {
        if (p >= end) {
          return false;
        }
        byte e = b[p++];
        switch (e) {
          case '"' -> out = '"';
          case '\\' -> out = '\\';
          case '/' -> out = '/';
          case 'b' -> out = '\b';
          case 'f' -> out = '\f';
          case 'n' -> out = '\n';
          case 'r' -> out = '\r';
          case 't' -> out = '\t';
          case 'u' -> {
            int value = hex4();
            if (value < 0 || Character.isSurrogate((char) value)) {
              return false;
            }
            out = (char) value;
          }
          default -> {
            return false;
          }
        }
      } else {
        out = (char) c;
      }
      ensureChars(n + 1);
      chars[n++] = out;
    }
    return false;
  }

  private int hex4() {
    if (end - p < 4) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(b[p++], 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private void ensureChars(int size) {
    if (chars.length < size) {
      chars = Arrays.copyOf(chars, Math.max(size, chars.length * 2));
    }
  }

  private boolean skipTo(char expected) {
    skipSpace();
    if (p < end && b[p] == expected) {
      p++;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (p < end) {
      byte c = b[p];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return;
      }
      p++;
    }
  }

  private boolean atEnd() {
    skipSpace();
    return p == end;
  }
}
