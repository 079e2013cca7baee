package org.interdict.lists.dpl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interdict.lists.CsvTables;
import org.interdict.lists.ListErrors;
import org.interdict.lists.ReadResult;
import org.interdict.model.InputError;

/**
 * Reads the quoted, tab-separated DPL file (12 columns, header first). Stateless and thread-safe.
 */
public final class Reader {
  /** One data row; fields in the file's column order, stripped. */
  public record Row(long line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }
  }

  static final int COLUMNS = 12;

  private Reader() {}

  /** Whether a first line looks like the DPL header. */
  public static boolean isHeader(String firstLine) {
    return firstLine.replace("\uFEFF", "").replace("\"", "").startsWith("Name\tStreet_Address");
  }

  public static ReadResult<Row> read(Path file) {
    String name = file.toString();
    List<Row> rows = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    boolean[] first = {true};
    errors.addAll(
        CsvTables.records(
            file,
            '\t',
            (line, fields) -> {
              if (first[0]) {
                first[0] = false;
                if (!fields.get(0).strip().equals("Name")) {
                  errors.add(
                      InputError.of(
                          name,
                          line,
                          ListErrors.UNEXPECTED_HEADER,
                          "expected a DPL header starting with Name, Street_Address; skipping file"));
                  return false;
                }
                return true;
              }
              if (fields.size() != COLUMNS) {
                errors.add(
                    InputError.of(
                        name,
                        line,
                        ListErrors.MALFORMED_ROW,
                        "expected "
                            + COLUMNS
                            + " columns, found "
                            + fields.size()
                            + "; skipping row"));
                return true;
              }
              if (fields.stream()
                  .anyMatch(field -> field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0)) {
                // DPL fields never hold a line break: one means a quote did not close and later
                // rows were read into this
                // field, silently (found by fuzzing). The row is kept; the rows it swallowed are
                // lost, so say so.
                errors.add(
                    InputError.of(
                        name,
                        line,
                        ListErrors.MALFORMED_ROW,
                        "a field runs over several lines (a"
                            + " quote that does not close?); the rows after it up to the next closing quote are lost"));
              }
              rows.add(new Row(line, fields.stream().map(String::strip).toList()));
              return true;
            }));
    return new ReadResult<>(rows, errors);
  }
}
