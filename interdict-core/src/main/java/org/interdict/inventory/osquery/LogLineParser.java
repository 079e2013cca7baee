package org.interdict.inventory.osquery;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Map;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.json.JsonInputs;
import org.interdict.model.InputError;
import org.interdict.model.SourceLocation;

/**
 * Turns one non-blank result-log line into records and errors: {@link FastLogLine} first, and
 * Jackson, which gives every error message, for any line the fast parser declines. Both fill the
 * same {@link LogLine}, and the rows are mapped by the same code, so the output does not depend on
 * which parser read the line. Rows of "removed" events are counted, not reported. Not thread-safe;
 * one per thread.
 */
final class LogLineParser {
  private final String fileName;
  private final boolean fast;
  private final FastLogLine fastLine = new FastLogLine();
  private final LogLine line = new LogLine();
  private long removedRows;

  /**
   * @param fast false to read every line with Jackson, for tests that compare the two parsers
   */
  LogLineParser(String fileName, boolean fast) {
    this.fileName = fileName;
    this.fast = fast;
  }

  /**
   * Reads the line {@code bytes[from, from + length)}, giving what it holds to {@code sink} in
   * order.
   */
  void parse(byte[] bytes, int from, int length, long lineNumber, InventorySink sink)
      throws IOException {
    line.reset();
    if (fast && fastLine.parse(bytes, from, length, line)) {
      emit(lineNumber, sink);
      return;
    }
    line.reset();
    try (JsonParser parser = JsonInputs.parser(bytes, from, length)) {
      if (readWithJackson(parser, lineNumber, sink)) {
        emit(lineNumber, sink);
      }
    } catch (JsonProcessingException | CharConversionException | IllegalStateException e) {
      // CharConversionException: the line's first bytes look like UTF-16/32 to Jackson (found by
      // fuzzing)
      String why =
          e instanceof JsonProcessingException json ? JsonInputs.describe(json) : e.getMessage();
      sink.error(
          InputError.of(
              fileName,
              lineNumber,
              "malformed-json",
              "not a JSON object: " + why.replaceFirst("^line 1, ", "") + "; skipping this line"));
    }
  }

  /**
   * The number of rows in "removed" events and batches so far, which were not reported as records.
   */
  long removedRows() {
    return removedRows;
  }

  private void emit(long lineNumber, InventorySink sink) {
    if (!line.rowsPartSeen) {
      sink.error(
          new InputError(
              at(lineNumber, ""),
              "unexpected-structure",
              "a JSON object without 'columns',"
                  + " 'snapshot' or 'diffResults', so not an osqueryd result line; skipping this line"));
      return;
    }
    if ("removed".equals(line.action)) {
      removedRows += line.rows.size();
      return;
    }
    OsqueryTable table = OsqueryTable.fromQueryName(line.queryName);
    String host = line.host();
    for (int i = 0; i < line.rows.size(); i++) {
      SourceLocation location = new SourceLocation(fileName, lineNumber, line.pointers.get(i));
      OsqueryRowMapper.map(table, line.rows.get(i), host, location).ifPresent(sink::record);
    }
  }

  /** The Jackson path; false when the line was reported and holds nothing more to emit. */
  private boolean readWithJackson(JsonParser parser, long lineNumber, InventorySink sink)
      throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IllegalStateException("expected '{' at the start of the line");
    }
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "name" -> line.queryName = JsonInputs.scalarText(parser);
        case "hostIdentifier" -> line.hostIdentifier = JsonInputs.scalarText(parser);
        case "hostname" -> line.hostname = JsonInputs.scalarText(parser);
        case "action" -> line.action = JsonInputs.scalarText(parser);
        case "decorations" -> readDecorations(parser);
        case "columns" -> {
          line.rowsPartSeen = true;
          if (JsonInputs.expect(
              parser, JsonToken.START_OBJECT, "a row object", at(lineNumber, "/columns"), sink)) {
            int longNumbers = JsonInputs.longNumbersMark(parser);
            line.add("/columns", OsqueryRows.readRow(parser));
            JsonInputs.reportLongNumbers(parser, longNumbers, at(lineNumber, "/columns"), sink);
          }
        }
        case "snapshot" -> {
          line.rowsPartSeen = true;
          readRows(parser, "/snapshot", lineNumber, sink);
        }
        case "diffResults" -> {
          line.rowsPartSeen = true;
          readDiff(parser, lineNumber, sink);
        }
        default -> parser.skipChildren();
      }
    }
    if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
      throw new IllegalStateException("expected exactly one JSON object on the line");
    }
    JsonInputs.reportLongNumbers(parser, 0, at(lineNumber, ""), sink);
    return true;
  }

  private void readDecorations(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return;
    }
    Map<String, String> decorations = OsqueryRows.readRow(parser);
    line.decoratedHostname = decorations.getOrDefault("hostname", "");
  }

  private void readRows(JsonParser parser, String pointer, long lineNumber, InventorySink sink)
      throws IOException {
    if (!JsonInputs.expect(
        parser, JsonToken.START_ARRAY, "an array of row objects", at(lineNumber, pointer), sink)) {
      return;
    }
    String pointerPrefix = pointer + "/";
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.START_OBJECT) {
        int longNumbers = JsonInputs.longNumbersMark(parser);
        line.add(pointerPrefix + index, OsqueryRows.readRow(parser));
        JsonInputs.reportLongNumbers(
            parser, longNumbers, at(lineNumber, pointerPrefix + index), sink);
      } else {
        parser.skipChildren();
      }
      index++;
    }
  }

  private void readDiff(JsonParser parser, long lineNumber, InventorySink sink) throws IOException {
    if (!JsonInputs.expect(
        parser,
        JsonToken.START_OBJECT,
        "an object of added and removed rows",
        at(lineNumber, "/diffResults"),
        sink)) {
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String part = parser.currentName();
      parser.nextToken();
      if ("added".equals(part)) {
        readRows(parser, "/diffResults/added", lineNumber, sink);
      } else if ("removed".equals(part)) {
        removedRows += OsqueryRows.skipArray(parser);
      } else {
        parser.skipChildren();
      }
    }
  }

  private SourceLocation at(long lineNumber, String pointer) {
    return new SourceLocation(fileName, lineNumber, pointer);
  }
}
