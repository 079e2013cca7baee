package org.interdict.inventory.osquery;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.json.JsonInputs;
import org.interdict.model.InputError;
import org.interdict.model.SourceLocation;

/**
 * Reads an {@code osqueryi --json} array one row object at a time. The array has no query name, so
 * each row's table is judged from its columns; the host is "" unless rows carry one. Not
 * thread-safe; one per read.
 */
final class OsqueryArrayReader {
  private final String fileName;
  private final InventorySink sink;

  OsqueryArrayReader(String fileName, InventorySink sink) {
    this.fileName = fileName;
    this.sink = sink;
  }

  void read(InputStream input) throws IOException {
    long index = 0;
    try (JsonParser parser = JsonInputs.parser(input, fileName, sink)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        sink.error(
            InputError.of(fileName, 1, "malformed-json", "expected a JSON array of osquery rows"));
        return;
      }
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          sink.error(
              InputError.of(
                  fileName, 0, "malformed-json", "unexpected end of input inside the array"));
          return;
        }
        SourceLocation location =
            new SourceLocation(fileName, JsonInputs.line(parser), "/" + index);
        if (token != JsonToken.START_OBJECT) {
          parser.skipChildren();
          sink.error(
              new InputError(
                  location, "unexpected-value", "expected a row object, found " + token));
        } else {
          int longNumbers = JsonInputs.longNumbersMark(parser);
          Map<String, String> row = OsqueryRows.readRow(parser);
          JsonInputs.reportLongNumbers(parser, longNumbers, location, sink);
          OsqueryRowMapper.map(OsqueryTable.OTHER, row, "", location).ifPresent(sink::record);
        }
        index++;
      }
      JsonInputs.expectEnd(parser, fileName, sink);
    } catch (JsonProcessingException e) {
      // A broken document cannot be resynchronised safely; keep what was read and say where it
      // broke.
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      sink.error(
          new InputError(
              new SourceLocation(fileName, line, "/" + index),
              "malformed-json",
              JsonInputs.describe(e) + "; stopped reading this file"));
    } catch (CharConversionException e) {
      JsonInputs.encodingFailure(e, fileName, index == 0 ? "" : "/" + index, sink);
    }
  }
}
