package org.interdict.lists.curated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.ListErrors;
import org.interdict.model.Address;
import org.interdict.model.InputError;
import org.interdict.model.SourceLocation;

/**
 * Reads a curated snapshot YAML file. Entries without id, name, type, list_date or source are
 * reported and skipped. Thread-safe.
 */
public final class Reader {
  /** The snapshot's header facts and its entries. */
  public record Result(
      String title, Optional<LocalDate> asOf, List<CuratedEntry> entries, List<InputError> errors) {
    public Result {
      entries = List.copyOf(entries);
      errors = List.copyOf(errors);
    }
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Reader() {}

  public static Result read(InputStream in, String fileName) {
    List<InputError> errors = new ArrayList<>();
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      errors.add(
          InputError.of(
              fileName,
              line,
              ListErrors.MALFORMED_ROW,
              "not valid YAML: " + e.getOriginalMessage() + "; skipping file"));
      return new Result("", Optional.empty(), List.of(), errors);
    } catch (IOException e) {
      errors.add(
          InputError.of(fileName, 0, ListErrors.UNREADABLE_FILE, "cannot read: " + e.getMessage()));
      return new Result("", Optional.empty(), List.of(), errors);
    }
    if (root == null || !root.path("entries").isArray()) {
      errors.add(
          InputError.of(
              fileName,
              0,
              ListErrors.UNEXPECTED_HEADER,
              "expected a YAML mapping with an 'entries' list; skipping file"));
      return new Result("", Optional.empty(), List.of(), errors);
    }
    List<CuratedEntry> entries = new ArrayList<>();
    JsonNode list = root.path("entries");
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      SourceLocation where = SourceLocation.ofPointer(fileName, "/entries/" + i);
      Optional<LocalDate> date = date(node.path("list_date").asText(""));
      List<String> missing = new ArrayList<>();
      for (String field : List.of("id", "type", "name", "source")) {
        if (node.path(field).asText("").isBlank()) {
          missing.add(field);
        }
      }
      if (date.isEmpty()) {
        missing.add("list_date (YYYY-MM-DD)");
      }
      if (!missing.isEmpty()) {
        errors.add(
            new InputError(
                where,
                ListErrors.MALFORMED_ROW,
                "entry lacks " + String.join(", ", missing) + "; skipping entry"));
        continue;
      }
      entries.add(
          new CuratedEntry(
              node.path("id").asText(),
              node.path("type").asText(),
              node.path("name").asText().strip(),
              strings(node.path("aliases")),
              addresses(node.path("addresses")),
              strings(node.path("countries")),
              strings(node.path("programs")),
              date.get(),
              node.path("source").asText().strip(),
              node.path("remarks").asText("").strip()));
    }
    return new Result(
        root.path("title").asText(""), date(root.path("as_of").asText("")), entries, errors);
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(
        value -> {
          if (!value.asText("").isBlank()) {
            values.add(value.asText().strip());
          }
        });
    return values;
  }

  private static List<Address> addresses(JsonNode array) {
    List<Address> values = new ArrayList<>();
    array.forEach(
        node ->
            values.add(
                new Address(
                    node.path("street").asText(""),
                    node.path("city").asText(""),
                    node.path("region").asText(""),
                    node.path("postal_code").asText(""),
                    node.path("country").asText(""))));
    return values;
  }
}
