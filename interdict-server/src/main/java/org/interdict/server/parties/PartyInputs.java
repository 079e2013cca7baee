package org.interdict.server.parties;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interdict.model.PartyType;
import org.interdict.server.http.ApiProblem;

/**
 * Parties sent to {@code POST /api/v1/parties}: a JSON array of {@code
 * {"name","id","type","country"}} or CSV with a header naming {@code name} and optionally {@code
 * id}, {@code type}, {@code country}, or other header names mapped to those fields (a column
 * mapping such as {@code name -> "Legal name"}). A bad row is reported with its line (CSV) or index
 * (JSON) and skipped; the others are kept. Stateless.
 */
final class PartyInputs {
  private static final List<String> COLUMNS = List.of("name", "id", "type", "country");

  private PartyInputs() {}

  /** One party as sent; {@code id}, {@code type}, {@code country} may be null. */
  record PartyInput(String id, String name, String type, String country) {}

  /** A party read, or the problem of a row. */
  record Read(List<PartyInput> parties, List<String> errors) {}

  static Read fromJson(List<PartyInput> items) {
    List<PartyInput> parties = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      PartyInput item = items.get(i);
      String problem = item == null ? "is null" : problem(item);
      if (problem == null) {
        parties.add(clean(item));
      } else {
        errors.add("[" + i + "]: " + problem + "; skipped");
      }
    }
    return new Read(parties, errors);
  }

  static Read fromCsv(String text, String fileName) {
    return fromCsv(text, fileName, Map.of());
  }

  /**
   * CSV whose header names the fields differently: {@code mapping} takes a field ({@code name},
   * {@code id}, {@code type}, {@code country}) to the header of its column (case and surrounding
   * spaces ignored); unmapped fields keep their own name.
   */
  static Read fromCsv(String text, String fileName, Map<String, String> mapping) {
    for (String field : mapping.keySet()) {
      if (!COLUMNS.contains(field)) {
        throw new IllegalArgumentException(
            "unknown party field '" + field + "'; expected one of " + COLUMNS);
      }
    }
    List<PartyInput> parties = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Map<String, Integer> columns = null;
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .ignoreDifferentFieldCount(true)
            .skipEmptyLines(true)
            .ofCsvRecord(text)) {
      for (CsvRecord record : csv) {
        if (columns == null) {
          columns = mapped(header(record, fileName, mapping), mapping);
          continue;
        }
        PartyInput item =
            new PartyInput(
                field(record, columns, "id"),
                field(record, columns, "name"),
                field(record, columns, "type"),
                field(record, columns, "country"));
        String problem = problem(item);
        if (problem == null) {
          parties.add(clean(item));
        } else {
          errors.add(
              fileName + ":" + record.getStartingLineNumber() + ": " + problem + "; row skipped");
        }
      }
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      throw ApiProblem.invalidParameter("cannot read " + fileName + ": " + e.getMessage());
    }
    if (columns == null) {
      throw ApiProblem.invalidParameter(fileName + " is empty; expected a header with " + COLUMNS);
    }
    return new Read(parties, errors);
  }

  private static Map<String, Integer> header(
      CsvRecord record, String fileName, Map<String, String> mapping) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < record.getFieldCount(); i++) {
      columns.putIfAbsent(record.getField(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String field : COLUMNS) {
      String wanted = headerOf(field, mapping);
      if (mapping.containsKey(field) && !columns.containsKey(wanted)) {
        throw ApiProblem.invalidParameter(
            fileName
                + ":"
                + record.getStartingLineNumber()
                + ": header "
                + record.getFields()
                + " has no column '"
                + mapping.get(field)
                + "' (mapped to '"
                + field
                + "')");
      }
    }
    if (!columns.containsKey(headerOf("name", mapping))) {
      throw ApiProblem.invalidParameter(
          fileName
              + ":"
              + record.getStartingLineNumber()
              + ": header "
              + record.getFields()
              + " has no 'name' column; expected "
              + COLUMNS
              + ", or map yours with the query parameter nameColumn (idColumn, typeColumn, countryColumn likewise)");
    }
    return columns;
  }

  private static String headerOf(String field, Map<String, String> mapping) {
    return mapping.getOrDefault(field, field).strip().toLowerCase(Locale.ROOT);
  }

  /** The column of each field, found by its mapped header. */
  private static Map<String, Integer> mapped(
      Map<String, Integer> byHeader, Map<String, String> mapping) {
    Map<String, Integer> columns = new HashMap<>();
    for (String field : COLUMNS) {
      Integer at = byHeader.get(headerOf(field, mapping));
      if (at != null) {
        columns.put(field, at);
      }
    }
    return columns;
  }

  private static String field(CsvRecord record, Map<String, Integer> columns, String name) {
    Integer at = columns.get(name);
    return at == null || at >= record.getFieldCount() ? null : record.getField(at).strip();
  }

  private static String problem(PartyInput item) {
    if (item.name() == null || item.name().isBlank()) {
      return "'name' is missing";
    }
    if (item.name().length() > 1000) {
      return "'name' is longer than 1000 characters";
    }
    if (item.id() != null
        && !item.id().isBlank()
        && !item.id().strip().matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")) {
      return "'id' must be 1-100 letters, digits, '.', '_', ':' or '-', was '" + item.id() + "'";
    }
    if (item.type() != null && !item.type().isBlank()) {
      try {
        PartyType.fromId(item.type().strip().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return "unknown type '" + item.type() + "'";
      }
    }
    return null;
  }

  private static PartyInput clean(PartyInput item) {
    return new PartyInput(
        blankToNull(item.id()),
        item.name().strip(),
        item.type() == null ? "" : item.type().strip().toLowerCase(Locale.ROOT),
        item.country() == null ? "" : item.country().strip().toUpperCase(Locale.ROOT));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
