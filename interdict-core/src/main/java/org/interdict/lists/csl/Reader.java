package org.interdict.lists.csl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interdict.lists.CsvTables;
import org.interdict.lists.ListErrors;
import org.interdict.lists.ReadResult;
import org.interdict.model.InputError;

/**
 * Reads the CSL CSV by its header, so column order may change between exports (and the JSON export
 * through {@link JsonReader}). A repeated header line (seen in real exports) is skipped. Stateless
 * and thread-safe.
 */
public final class Reader {
  /** The columns without which a row cannot become a party. */
  static final List<String> REQUIRED = List.of("_id", "source", "name");

  private Reader() {}

  /**
   * Column names as the header gives them ({@code id} read as {@code _id}). Found by fuzzing: any
   * row whose second field was "source" was skipped as a repeated header, silently, with every row
   * an open quote had swallowed.
   */
  private static List<String> headerNames(List<String> fields) {
    return fields.stream()
        .map(field -> field.strip().equals("id") ? "_id" : field.strip())
        .toList();
  }

  /** Whether a first line looks like a CSL export header. */
  public static boolean isHeader(String firstLine) {
    String line = firstLine.replace("\uFEFF", "").replace("\"", "");
    return line.startsWith("_id,source,entity_number")
        || line.startsWith("id,source,entity_number");
  }

  /** Whether the start of a {@code .json} file looks like the CSL JSON export. */
  public static boolean isJsonHead(String head) {
    return head.contains("\"results\"")
        && (head.contains("\"entity_number\"") || head.contains("\"sources_used\""));
  }

  /** Reads {@code consolidated.json} when the name ends in .json, else the CSV export. */
  public static ReadResult<CslRow> read(Path file) {
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      return JsonReader.read(file);
    }
    String name = file.toString();
    List<CslRow> rows = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    List<List<String>> header = new ArrayList<>(1);
    errors.addAll(
        CsvTables.records(
            file,
            ',',
            (line, fields) -> {
              if (header.isEmpty()) {
                header.add(headerNames(fields));
                if (!header.get(0).containsAll(REQUIRED)) {
                  errors.add(
                      InputError.of(
                          name,
                          line,
                          ListErrors.UNEXPECTED_HEADER,
                          "expected a CSL header with columns "
                              + REQUIRED
                              + ", found "
                              + fields
                              + "; skipping file"));
                  return false;
                }
                return true;
              }
              if (header.get(0).equals(headerNames(fields))) {
                return true; // the header repeated (seen in real exports); a row that only starts
                // like it is data
              }
              CsvTables.columns(name, line, header.get(0), fields, errors)
                  .ifPresent(values -> rows.add(new CslRow(line, values)));
              return true;
            }));
    return new ReadResult<>(rows, errors);
  }
}
