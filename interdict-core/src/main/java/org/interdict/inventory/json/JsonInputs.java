package org.interdict.inventory.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.encoding.Encodings;
import org.interdict.model.InputError;
import org.interdict.model.SourceLocation;
import org.interdict.text.ReplacingUtf8Reader;

/**
 * The one streaming {@link JsonFactory} the readers share (thread-safe), the parsers it makes, and
 * helpers over them. Numbers are kept as text, never converted, so a number may be as long as a
 * string may (Jackson's 20 M characters) without endangering the reader; one longer than {@link
 * #MAX_NUMBER_DIGITS} is no meaningful value and becomes a {@code number-too-long} error on its
 * record ({@link #reportLongNumbers}) instead of ending the document, as Jackson's own 1,000-digit
 * limit did.
 */
public final class JsonInputs {
  /**
   * Numbers with more characters than this are reported and read as "" (Jackson's default number
   * limit).
   */
  public static final int MAX_NUMBER_DIGITS = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          // The caller owns the stream: InventoryReader's contract says readers do not close it.
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNumberLength(StreamReadConstraints.DEFAULT_MAX_STRING_LEN)
                  .build())
          .build();

  private JsonInputs() {}

  /**
   * A parser over a UTF-8 stream (not closed with the parser) that notes over-long numbers. Bytes
   * that are not UTF-8 are replaced with U+FFFD ({@link ReplacingUtf8Reader}) instead of ending the
   * document, so every record around them is read; closing the parser sends one {@code
   * invalid-encoding} error per line that held them to {@code sink}, so open it in a
   * try-with-resources. Found by fuzzing: Jackson's byte parser stopped the file at the first bad
   * byte and every record after it was lost.
   */
  public static JsonParser parser(InputStream utf8, String fileName, InventorySink sink)
      throws IOException {
    ReplacingUtf8Reader text = Encodings.replacingReader(utf8);
    return new InventoryJsonParser(FACTORY.createParser(text), text, fileName, sink);
  }

  /** A parser over {@code bytes[offset, offset + length)} that notes over-long numbers. */
  public static JsonParser parser(byte[] bytes, int offset, int length) throws IOException {
    return new InventoryJsonParser(FACTORY.createParser(bytes, offset, length));
  }

  /**
   * The text of a scalar value ("" for null); skips objects and arrays and returns "" for them. A
   * number longer than {@link #MAX_NUMBER_DIGITS} is "" too, and noted for {@link
   * #reportLongNumbers}.
   */
  public static String scalarText(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null || token == JsonToken.VALUE_NULL) {
      return "";
    }
    if (token.isStructStart()) {
      parser.skipChildren();
      return "";
    }
    if (token.isNumeric() && parser.getTextLength() > MAX_NUMBER_DIGITS) {
      if (parser instanceof InventoryJsonParser noting) {
        noting.noteLongNumber(String.valueOf(parser.currentName()), parser.getTextLength());
      }
      return "";
    }
    return parser.getText();
  }

  /**
   * Where the parser's list of over-long numbers stands, to pass to {@link #reportLongNumbers}
   * later.
   */
  public static int longNumbersMark(JsonParser parser) {
    return parser instanceof InventoryJsonParser noting ? noting.mark() : 0;
  }

  /**
   * Reports each over-long number met since {@code mark} as a {@code number-too-long} error at
   * {@code record}, the record that held it, which is still read without that value.
   */
  public static void reportLongNumbers(
      JsonParser parser, int mark, SourceLocation record, InventorySink sink) {
    if (!(parser instanceof InventoryJsonParser noting)) {
      return;
    }
    for (InventoryJsonParser.LongNumber number : noting.takeSince(mark)) {
      sink.error(
          new InputError(
              record,
              "number-too-long",
              "field '"
                  + number.field()
                  + "' holds a number of "
                  + number.length()
                  + " digits, more than the "
                  + MAX_NUMBER_DIGITS
                  + " a value may have; read the"
                  + " record without it"));
    }
  }

  /**
   * True when the parser is at the start of the {@code expected} structure. Otherwise reports an
   * {@code unexpected-structure} error at {@code location}, skips the value and returns false, so
   * that a document of a shape the reader does not know is never read as empty. JSON {@code null}
   * counts as absent.
   *
   * @param what what was expected, for the message: "an array of components"
   */
  public static boolean expect(
      JsonParser parser,
      JsonToken expected,
      String what,
      SourceLocation location,
      InventorySink sink)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == expected) {
      return true;
    }
    if (token != JsonToken.VALUE_NULL) {
      sink.error(
          new InputError(
              location,
              "unexpected-structure",
              "expected "
                  + what
                  + ", found "
                  + kind(token)
                  + "; skipped it, so nothing in it is part of this scan"));
    }
    parser.skipChildren();
    return false;
  }

  private static String kind(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  /** "line L, column C: what" for a parse failure, without Jackson's source excerpt. */
  public static String describe(JsonProcessingException error) {
    JsonLocation at = error.getLocation();
    // Jackson names the limit's Java accessor ("from `StreamReadConstraints...`"), which means
    // nothing to a user.
    String what = error.getOriginalMessage().replaceAll(", from `[^`]*`", "");
    int newline = what.indexOf('\n');
    if (newline >= 0) {
      what = what.substring(0, newline);
    }
    if (at == null) {
      return what;
    }
    return "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
  }

  /**
   * Called after the document's root value: reports anything but whitespace after it, which the
   * reader would otherwise drop unseen (two documents concatenated, a root closed early by a
   * corrupted part). Found by fuzzing.
   */
  public static void expectEnd(JsonParser parser, String fileName, InventorySink sink)
      throws IOException {
    if (parser.nextToken() != null) {
      long line = line(parser);
      sink.error(
          InputError.of(
              fileName,
              Math.max(line, 1),
              "malformed-json",
              "content after the end of the document"
                  + " (line "
                  + line
                  + ", column "
                  + parser.currentTokenLocation().getColumnNr()
                  + "); ignored"));
    }
  }

  /**
   * Handles bytes that are not valid in the encoding Jackson chose from the first four (UTF-32 or
   * UTF-16, say): the file is unreadable when nothing was read before ({@code lastPointer} empty),
   * else the error is reported at the last pointer read and the rest of the file is skipped. Found
   * by fuzzing: this escaped as an IOException.
   */
  public static void encodingFailure(
      CharConversionException e, String fileName, String lastPointer, InventorySink sink) {
    String what =
        "bytes not valid in the encoding the first bytes announce (" + e.getMessage() + ")";
    if (lastPointer.isEmpty()) {
      throw new UnreadableInventoryException(fileName + ": " + what, e);
    }
    sink.error(
        new InputError(
            new SourceLocation(fileName, 0, lastPointer),
            "malformed-json",
            what + "; stopped reading this file"));
  }

  /** The 1-based line of the current token, or 0 when the parser does not know it. */
  public static long line(JsonParser parser) {
    int line = parser.currentTokenLocation().getLineNr();
    return Math.max(line, 0);
  }

  /** Receives the scalar fields of one object of an array; see {@link #forEachObject}. */
  @FunctionalInterface
  public interface ObjectFields {
    void accept(Map<String, String> fields) throws IOException;
  }

  /**
   * For the array the parser is at, gives each object's wanted scalar fields ("" when absent) to
   * {@code each}; other fields, nested values and non-object items are skipped. Anything but an
   * array is skipped whole.
   */
  public static void forEachObject(JsonParser parser, Set<String> wanted, ObjectFields each)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return;
    }
    JsonToken item;
    while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (item != JsonToken.START_OBJECT) {
        parser.skipChildren();
        continue;
      }
      Map<String, String> fields = new HashMap<>();
      for (String field : wanted) {
        fields.put(field, "");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (wanted.contains(field)) {
          fields.put(field, scalarText(parser));
        } else {
          parser.skipChildren();
        }
      }
      each.accept(fields);
    }
  }
}
