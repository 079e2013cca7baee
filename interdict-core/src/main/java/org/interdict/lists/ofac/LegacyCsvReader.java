package org.interdict.lists.ofac;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interdict.lists.CsvTables;
import org.interdict.lists.ListErrors;
import org.interdict.lists.ReadResult;
import org.interdict.lists.TextFiles;
import org.interdict.model.InputError;

/**
 * Reads any file of the OFAC legacy CSV layout (no header, {@code -0-} for empty, a trailing 0x1A
 * byte) into rows of a fixed column count. Used for all eight SDN and non-SDN files. Stateless and
 * thread-safe.
 */
public final class LegacyCsvReader {
  private static final String END_OF_FILE = "\u001A";

  private LegacyCsvReader() {}

  /**
   * Reads {@code file}; a row with another column count or without an entry number is reported and
   * skipped.
   */
  public static ReadResult<LegacyRow> read(Path file, int columns) {
    String name = file.toString();
    List<LegacyRow> rows = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    errors.addAll(
        CsvTables.records(
            file,
            ',',
            (line, fields) -> {
              if (fields.size() == 1 && fields.get(0).strip().replace(END_OF_FILE, "").isEmpty()) {
                return true;
              }
              if (fields.size() != columns) {
                errors.add(
                    InputError.of(
                        name,
                        line,
                        ListErrors.MALFORMED_ROW,
                        "expected "
                            + columns
                            + " columns, found "
                            + fields.size()
                            + "; skipping row"));
                return true;
              }
              List<String> cleaned = new ArrayList<>(columns);
              for (String field : fields) {
                cleaned.add(TextFiles.clean(field.replace(END_OF_FILE, "")));
              }
              if (!cleaned.get(0).matches("\\d+")) {
                errors.add(
                    InputError.of(
                        name,
                        line,
                        ListErrors.MALFORMED_ROW,
                        "entry number '" + cleaned.get(0) + "' is not a number; skipping row"));
                return true;
              }
              rows.add(new LegacyRow(line, cleaned));
              return true;
            }));
    return new ReadResult<>(rows, errors);
  }
}
