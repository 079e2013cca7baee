package org.interdict.inventory.osquery;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.interdict.inventory.json.JsonInputs;

/**
 * Reads osquery row objects off a parser into small maps; field names come interned from Jackson.
 */
final class OsqueryRows {
  private OsqueryRows() {}

  /**
   * Reads the object the parser is at (START_OBJECT) into column to text; nested values are
   * skipped.
   */
  static Map<String, String> readRow(JsonParser parser) throws IOException {
    Map<String, String> row = new HashMap<>(32);
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String column = parser.currentName();
      parser.nextToken();
      row.put(column, JsonInputs.scalarText(parser));
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalStateException("row object not closed at " + parser.currentLocation());
    }
    return row;
  }

  /** Counts and skips the rows of an array the parser is at. */
  static int skipArray(JsonParser parser) throws IOException {
    int count = 0;
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return 0;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      parser.skipChildren();
      count++;
    }
    return count;
  }
}
