package org.interdict.lists.csl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interdict.lists.ListErrors;
import org.interdict.lists.ReadResult;
import org.interdict.lists.TextFiles;
import org.interdict.model.InputError;
import org.interdict.text.ReplacingUtf8Reader;

/**
 * Reads the CSL {@code consolidated.json} export ({@code {"results": [...], "sources_used":
 * [...]}}) record by record, turning each record into the same column values the CSV export has, so
 * one mapper serves both.
 */
final class JsonReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReader() {}

  static ReadResult<CslRow> read(Path file) {
    List<CslRow> rows = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    ReplacingUtf8Reader text = null;
    try (ReplacingUtf8Reader in = TextFiles.openUtf8(file);
        JsonParser parser = new JsonFactory(JSON).createParser(in)) {
      text = in;
      while (parser.nextToken() != null) {
        if (parser.currentToken() == JsonToken.FIELD_NAME
            && parser.currentName().equals("results")
            && parser.nextToken() == JsonToken.START_ARRAY) {
          JsonToken item;
          while ((item = parser.nextToken()) != JsonToken.END_ARRAY && item != null) {
            long line = parser.currentLocation().getLineNr();
            if (item != JsonToken.START_OBJECT) {
              // Found by fuzzing: the loop used to end here, silently dropping every record after
              // the item.
              parser.skipChildren();
              errors.add(
                  InputError.of(
                      file.toString(),
                      Math.max(1, line),
                      ListErrors.MALFORMED_ROW,
                      "a results item that is not an object (" + item + "); skipping it"));
              continue;
            }
            JsonNode record = parser.readValueAsTree();
            rows.add(new CslRow(line, values(record)));
          }
        }
      }
    } catch (StreamConstraintsException e) {
      errors.add(
          InputError.of(
              file.toString(),
              line(e),
              ListErrors.PARSER_LIMIT,
              "a parser limit was reached: "
                  + e.getOriginalMessage()
                  + "; keeping the "
                  + rows.size()
                  + " records read before it"));
    } catch (JsonProcessingException e) {
      errors.add(
          InputError.of(
              file.toString(),
              line(e),
              ListErrors.MALFORMED_ROW,
              "not valid JSON: "
                  + e.getOriginalMessage()
                  + "; keeping the "
                  + rows.size()
                  + " records read"));
    } catch (IOException e) {
      errors.add(
          InputError.of(
              file.toString(),
              0,
              ListErrors.UNREADABLE_FILE,
              "cannot read file: " + e.getMessage()));
    }
    if (text != null) {
      errors.addAll(0, text.errors(file.toString(), ListErrors.BAD_ENCODING));
    }
    return new ReadResult<>(rows, errors);
  }

  private static long line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
  }

  private static Map<String, String> values(JsonNode record) {
    Map<String, String> values = new HashMap<>();
    record
        .fields()
        .forEachRemaining(
            field -> {
              String name = field.getKey().equals("id") ? "_id" : field.getKey();
              values.put(name, text(name, field.getValue()));
            });
    return values;
  }

  /**
   * Arrays are joined with "; " as in the CSV; address and id objects are written as the CSV writes
   * them.
   */
  private static String text(String name, JsonNode value) {
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(
          item -> {
            String part = text(name, item);
            if (!part.isBlank()) {
              parts.add(part);
            }
          });
      return String.join("; ", parts);
    }
    if (value.isObject()) {
      List<String> keys =
          name.equals("ids")
              ? List.of("type", "number", "country")
              : List.of("address", "city", "state", "postal_code", "country");
      List<String> parts = new ArrayList<>();
      for (String key : keys) {
        String part = value.path(key).asText("").strip();
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      return String.join(", ", parts);
    }
    return value.isNull() ? "" : value.asText("").strip();
  }
}
