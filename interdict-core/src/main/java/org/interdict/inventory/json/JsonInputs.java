package org.interdict.inventory.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;

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

  /** The 1-based line of the current token, or 0 when the parser does not know it. */
  public static long line(JsonParser parser) {
    int line = parser.currentTokenLocation().getLineNr();
    return Math.max(line, 0);
  }
}
