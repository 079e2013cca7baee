package org.interdict.inventory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.interdict.InvalidValueException;

/**
 * Which CSV column fills which record field, as a user gives it: {@code
 * name=App,publisher=Vendor,host=Machine}. Column names are matched like auto-mapped headers (case,
 * spaces and punctuation ignored). Fields not named here are still auto-mapped from the headers.
 * Immutable.
 */
public record CsvColumnMapping(Map<CsvField, String> columns) {
  public CsvColumnMapping {
    EnumMap<CsvField, String> copy = new EnumMap<>(CsvField.class);
    copy.putAll(columns);
    columns = Collections.unmodifiableMap(copy);
  }

  /** No explicit columns: every field is auto-mapped from the header line. */
  public static CsvColumnMapping auto() {
    return new CsvColumnMapping(Map.of());
  }

  /**
   * Parses {@code field=Column,field=Column}; fields are host, name, version, publisher, bundleId,
   * packageName, purl, cpe, path. Rejects unknown fields, a field given twice and entries without
   * {@code =}.
   */
  public static CsvColumnMapping parse(String text) {
    EnumMap<CsvField, String> columns = new EnumMap<>(CsvField.class);
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(
          "empty CSV column mapping; expected field=Column pairs such as "
              + "'name=App,publisher=Vendor,version=Ver,host=Machine'");
    }
    for (String entry : text.split(",")) {
      int equals = entry.indexOf('=');
      if (equals <= 0 || entry.substring(equals + 1).isBlank()) {
        throw new InvalidValueException(
            "bad CSV column mapping entry '"
                + entry.strip()
                + "'; expected field=Column, for example name=DisplayName (fields: "
                + String.join(", ", CsvField.ids())
                + ")");
      }
      CsvField field = CsvField.fromId(entry.substring(0, equals).strip());
      String column = entry.substring(equals + 1).strip();
      if (columns.put(field, column) != null) {
        throw new InvalidValueException(
            "CSV column mapping names field '" + field.id() + "' twice");
      }
    }
    return new CsvColumnMapping(columns);
  }

  public Optional<String> column(CsvField field) {
    return Optional.ofNullable(columns.get(field));
  }

  /** The mapping in the form {@link #parse} reads. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    columns.forEach(
        (field, column) ->
            text.append(text.length() == 0 ? "" : ",")
                .append(field.id())
                .append('=')
                .append(column));
    return text.toString();
  }
}
