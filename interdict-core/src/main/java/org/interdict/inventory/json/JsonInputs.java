package org.interdict.inventory.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
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

  /**
   * Called after the document's root value: reports anything but whitespace after it, which the reader would
   * otherwise drop unseen (two documents concatenated, a root closed early by a corrupted part). Found by fuzzing.
   */
  public static void expectEnd(JsonParser parser, String fileName, InventorySink sink) throws IOException {
    if (parser.nextToken() != null) {
      long line = line(parser);
      sink.error(InputError.of(fileName, Math.max(line, 1), "malformed-json", "content after the end of the document"
          + " (line " + line + ", column " + parser.currentTokenLocation().getColumnNr() + "); ignored"));
    }
  }

  /**
   * Handles bytes that are not valid in the encoding Jackson chose from the first four (UTF-32 or UTF-16, say):
   * the file is unreadable when nothing was read before ({@code lastPointer} empty), else the error is reported at
   * the last pointer read and the rest of the file is skipped. Found by fuzzing: this escaped as an IOException.
   */
  public static void encodingFailure(CharConversionException e, String fileName, String lastPointer,
      InventorySink sink) {
    String what = "bytes not valid in the encoding the first bytes announce (" + e.getMessage() + ")";
    if (lastPointer.isEmpty()) {
      throw new UnreadableInventoryException(fileName + ": " + what, e);
    }
    sink.error(new InputError(new SourceLocation(fileName, 0, lastPointer), "malformed-json",
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
