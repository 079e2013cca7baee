package org.interdict.inventory.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.model.SourceLocation;

/** The one streaming {@link JsonFactory} the readers share (thread-safe) and helpers over its parsers. */
public final class JsonInputs {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          // The caller owns the stream: InventoryReader's contract says readers do not close it.
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private JsonInputs() {}

  public static JsonFactory factory() {
    return FACTORY;
  }

  /** The text of a scalar value ("" for null); skips objects and arrays and returns "" for them. */
  public static String scalarText(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null || token == JsonToken.VALUE_NULL) {
      return "";
    }
    if (token.isStructStart()) {
      parser.skipChildren();
      return "";
    }
    return parser.getText();
  }

  /**
   * True when the parser is at the start of the {@code expected} structure. Otherwise reports an
   * {@code unexpected-structure} error at {@code location}, skips the value and returns false, so that a
   * document of a shape the reader does not know is never read as empty. JSON {@code null} counts as absent.
   *
   * @param what what was expected, for the message: "an array of components"
   */
  public static boolean expect(JsonParser parser, JsonToken expected, String what, SourceLocation location,
      InventorySink sink) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == expected) {
      return true;
    }
    if (token != JsonToken.VALUE_NULL) {
      sink.error(new InputError(location, "unexpected-structure", "expected " + what + ", found "
          + kind(token) + "; skipped it, so nothing in it is part of this scan"));
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
    String what = error.getOriginalMessage();
    int newline = what.indexOf('\n');
    if (newline >= 0) {
      what = what.substring(0, newline);
    }
    if (at == null) {
      return what;
    }
    return "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
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
   * For the array the parser is at, gives each object's wanted scalar fields ("" when absent) to {@code each};
   * other fields, nested values and non-object items are skipped. Anything but an array is skipped whole.
   */
  public static void forEachObject(JsonParser parser, Set<String> wanted, ObjectFields each) throws IOException {
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
