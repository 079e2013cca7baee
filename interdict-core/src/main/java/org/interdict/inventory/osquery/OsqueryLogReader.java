package org.interdict.inventory.osquery;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.json.JsonInputs;
import org.interdict.model.InputError;
import org.interdict.model.SourceLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an osqueryd result log, one JSON object per line, in event ({@code action} + {@code columns}),
 * snapshot ({@code snapshot} rows) or batch ({@code diffResults}) form. Rows of "removed" events are counted,
 * not reported: they describe software that is gone. A broken line is reported and the next line is read.
 * Not thread-safe; one per read.
 */
final class OsqueryLogReader {
  private static final Logger LOG = LoggerFactory.getLogger(OsqueryLogReader.class);

  private final String fileName;
  private final InventorySink sink;
  private final int maxLineBytes;
  private long removedRows;

  OsqueryLogReader(String fileName, InventorySink sink, int maxLineBytes) {
    this.fileName = fileName;
    this.sink = sink;
    this.maxLineBytes = maxLineBytes;
  }

  void read(InputStream input) throws IOException {
    ByteLines lines = new ByteLines(input, maxLineBytes);
    while (lines.next()) {
      long lineNumber = lines.lineNumber();
      if (lines.tooLong()) {
        sink.error(InputError.of(fileName, lineNumber, "line-too-long",
            "line is longer than " + maxLineBytes + " bytes; skipping it"));
        continue;
      }
      if (isBlank(lines.buffer(), lines.lineStart(), lines.lineLength())) {
        continue;
      }
      try (JsonParser parser =
          JsonInputs.parser(lines.buffer(), lines.lineStart(), lines.lineLength())) {
        readLine(parser, lineNumber);
      } catch (JsonProcessingException | CharConversionException | IllegalStateException e) {
        // CharConversionException: the line's first bytes look like UTF-16/32 to Jackson (found by fuzzing)
        String why = e instanceof JsonProcessingException json ? JsonInputs.describe(json) : e.getMessage();
        sink.error(InputError.of(fileName, lineNumber, "malformed-json",
            "not a JSON object: " + why.replaceFirst("^line 1, ", "") + "; skipping this line"));
      }
    }
    if (removedRows > 0) {
      LOG.debug("{}: skipped {} rows of 'removed' events, which describe uninstalled software",
          fileName, removedRows);
    }
  }

  /** The number of rows in "removed" events and batches, which were not reported as records. */
  long removedRows() {
    return removedRows;
  }

  private void readLine(JsonParser parser, long lineNumber) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IllegalStateException("expected '{' at the start of the line");
    }
    Envelope envelope = new Envelope();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "name" -> envelope.queryName = JsonInputs.scalarText(parser);
        case "hostIdentifier" -> envelope.hostIdentifier = JsonInputs.scalarText(parser);
        case "hostname" -> envelope.hostname = JsonInputs.scalarText(parser);
        case "action" -> envelope.action = JsonInputs.scalarText(parser);
        case "decorations" -> readDecorations(parser, envelope);
        case "columns" -> {
          envelope.rowsPartSeen = true;
          if (JsonInputs.expect(parser, JsonToken.START_OBJECT, "a row object", at(lineNumber, "/columns"), sink)) {
            int longNumbers = JsonInputs.longNumbersMark(parser);
            envelope.add("/columns", OsqueryRows.readRow(parser));
            JsonInputs.reportLongNumbers(parser, longNumbers, at(lineNumber, "/columns"), sink);
          }
        }
        case "snapshot" -> {
          envelope.rowsPartSeen = true;
          readRows(parser, "/snapshot", lineNumber, envelope);
        }
        case "diffResults" -> {
          envelope.rowsPartSeen = true;
          readDiff(parser, lineNumber, envelope);
        }
        default -> parser.skipChildren();
      }
    }
    if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
      throw new IllegalStateException("expected exactly one JSON object on the line");
    }
    JsonInputs.reportLongNumbers(parser, 0, at(lineNumber, ""), sink);
    if (!envelope.rowsPartSeen) {
      sink.error(new InputError(at(lineNumber, ""), "unexpected-structure", "a JSON object without 'columns',"
          + " 'snapshot' or 'diffResults', so not an osqueryd result line; skipping this line"));
      return;
    }
    if ("removed".equals(envelope.action)) {
      removedRows += envelope.rows.size();
      return;
    }
    OsqueryTable table = OsqueryTable.fromQueryName(envelope.queryName);
    String host = envelope.host();
    for (int i = 0; i < envelope.rows.size(); i++) {
      SourceLocation location = new SourceLocation(fileName, lineNumber, envelope.pointers.get(i));
      OsqueryRowMapper.map(table, envelope.rows.get(i), host, location).ifPresent(sink::record);
    }
  }

  private static void readDecorations(JsonParser parser, Envelope envelope) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return;
    }
    Map<String, String> decorations = OsqueryRows.readRow(parser);
    envelope.decoratedHostname = decorations.getOrDefault("hostname", "");
  }

  private void readRows(JsonParser parser, String pointer, long lineNumber, Envelope envelope) throws IOException {
    if (!JsonInputs.expect(parser, JsonToken.START_ARRAY, "an array of row objects", at(lineNumber, pointer),
        sink)) {
      return;
    }
    String pointerPrefix = pointer + "/";
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.START_OBJECT) {
        int longNumbers = JsonInputs.longNumbersMark(parser);
        envelope.add(pointerPrefix + index, OsqueryRows.readRow(parser));
        JsonInputs.reportLongNumbers(parser, longNumbers, at(lineNumber, pointerPrefix + index), sink);
      } else {
        parser.skipChildren();
      }
      index++;
    }
  }

  private void readDiff(JsonParser parser, long lineNumber, Envelope envelope) throws IOException {
    if (!JsonInputs.expect(parser, JsonToken.START_OBJECT, "an object of added and removed rows",
        at(lineNumber, "/diffResults"), sink)) {
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String part = parser.currentName();
      parser.nextToken();
      if ("added".equals(part)) {
        readRows(parser, "/diffResults/added", lineNumber, envelope);
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

  private static boolean isBlank(byte[] bytes, int from, int length) {
    for (int i = from; i < from + length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** What one log line says about itself; rows wait here until the query name and host are known. */
  private static final class Envelope {
    String queryName = "";
    String hostIdentifier = "";
    String hostname = "";
    String decoratedHostname = "";
    String action = "";
    boolean rowsPartSeen;
    final List<Map<String, String>> rows = new ArrayList<>(4);
    final List<String> pointers = new ArrayList<>(4);

    void add(String pointer, Map<String, String> row) {
      pointers.add(pointer);
      rows.add(row);
    }

    String host() {
      if (!hostIdentifier.isEmpty()) {
        return hostIdentifier;
      }
      return hostname.isEmpty() ? decoratedHostname : hostname;
    }
  }
}
