package org.interdict.waiver;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a waiver file: YAML with a {@code waivers} list, each item with {@code id} (optional),
 * {@code host}, {@code product} and/or {@code finding}, and the required {@code reason}, {@code
 * approver} and {@code expires} (YYYY-MM-DD). Unknown fields are rejected, so that a misspelt
 * {@code hots:} never waives every host; each problem names the file, the line of its waiver and
 * what was expected.
 */
public final class WaiverFile {
  private static final Set<String> FIELDS =
      Set.of("id", "host", "product", "finding", "reason", "approver", "expires");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private WaiverFile() {}

  public static List<Waiver> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new InvalidWaiverFileException(
          "cannot read waiver file " + file + ": " + e.getMessage(), e);
    }
  }

  static List<Waiver> parse(InputStream in, String name) throws IOException {
    List<Waiver> waivers = new ArrayList<>();
    try (JsonParser parser = YAML.getFactory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw problem(name, 1, "expected a mapping with a 'waivers' list");
      }
      boolean seen = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        int line = parser.currentLocation().getLineNr();
        if (!field.equals("waivers")) {
          throw problem(name, line, "unknown field '" + field + "'; expected 'waivers'");
        }
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw problem(name, line, "'waivers' must be a list");
        }
        seen = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          int itemLine = parser.currentLocation().getLineNr();
          JsonNode item = YAML.readTree(parser);
          Waiver waiver = waiver(item, name, itemLine, waivers.size() + 1);
          if (waivers.stream().anyMatch(w -> w.id().equals(waiver.id()))) {
            throw problem(
                name,
                itemLine,
                "a second waiver with id '" + waiver.id() + "'; ids must be unique");
          }
          waivers.add(waiver);
        }
      }
      if (!seen) {
        throw problem(name, 1, "no 'waivers' list");
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidWaiverFileException(
          name
              + ": not valid YAML: "
              + e.getOriginalMessage()
              + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"),
          e);
    }
    return List.copyOf(waivers);
  }

  private static Waiver waiver(JsonNode item, String name, int line, int position) {
    if (!item.isObject()) {
      throw problem(
          name,
          line,
          "a waiver must be a mapping of id, host, product, finding, reason, approver, "
              + "expires");
    }
    for (Iterator<String> fields = item.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (!FIELDS.contains(field)) {
        throw problem(
            name,
            line,
            "unknown field '"
                + field
                + "'; expected one of id, host, product, finding, "
                + "reason, approver, expires");
      }
    }
    String id = text(item, "id").orElse("#" + position);
    Optional<String> host = text(item, "host");
    Optional<String> product = text(item, "product");
    Optional<String> finding = text(item, "finding");
    if (host.isEmpty() && product.isEmpty() && finding.isEmpty()) {
      throw problem(
          name, line, "waiver " + id + " names no host, product or finding; give at least one");
    }
    String reason = required(item, "reason", name, line, id);
    String approver = required(item, "approver", name, line, id);
    String expires = required(item, "expires", name, line, id);
    try {
      return new Waiver(id, host, product, finding, reason, approver, LocalDate.parse(expires));
    } catch (DateTimeParseException e) {
      throw problem(
          name,
          line,
          "waiver " + id + ": expires '" + expires + "' is not a date; expected YYYY-MM-DD");
    }
  }

  private static Optional<String> text(JsonNode item, String field) {
    JsonNode value = item.get(field);
    return value == null || value.isNull() || value.asText().isBlank()
        ? Optional.empty()
        : Optional.of(value.asText().strip());
  }

  private static String required(JsonNode item, String field, String name, int line, String id) {
    return text(item, field)
        .orElseThrow(() -> problem(name, line, "waiver " + id + " has no '" + field + "'"));
  }

  private static InvalidWaiverFileException problem(String name, int line, String what) {
    return new InvalidWaiverFileException(name + ":" + line + ": " + what);
  }
}
