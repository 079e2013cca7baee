package org.interdict.lists.ofac;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interdict.lists.ListErrors;
import org.interdict.lists.ReadResult;
import org.interdict.lists.TextFiles;
import org.interdict.model.InputError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads any file of the OFAC legacy CSV layout (no header, {@code -0-} for empty, a trailing 0x1A byte) into
 * rows of a fixed column count. Used for all eight SDN and non-SDN files. Stateless and thread-safe.
 */
public final class LegacyCsvReader {
  private static final Logger LOG = LoggerFactory.getLogger(LegacyCsvReader.class);
  private static final String END_OF_FILE = "\u001A";

  private LegacyCsvReader() {}

  /** Reads {@code file}; a row with another column count or without an entry number is reported and skipped. */
  public static ReadResult<LegacyRow> read(Path file, int columns) {
    String name = file.toString();
    List<LegacyRow> rows = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    long lastLine = 0;
    try (BufferedReader text = TextFiles.openUtf8(file);
        CsvReader<CsvRecord> csv =
            CsvReader.builder().ignoreDifferentFieldCount(true).skipEmptyLines(true).ofCsvRecord(text)) {
      for (CsvRecord record : csv) {
        lastLine = record.getStartingLineNumber();
        List<String> fields = record.getFields();
        if (fields.size() == 1 && fields.get(0).strip().replace(END_OF_FILE, "").isEmpty()) {
          continue;
        }
        if (fields.size() != columns) {
          errors.add(InputError.of(name, lastLine, ListErrors.MALFORMED_ROW,
              "expected " + columns + " columns, found " + fields.size() + "; skipping row"));
          continue;
        }
        List<String> cleaned = new ArrayList<>(columns);
        for (String field : fields) {
          cleaned.add(TextFiles.clean(field.replace(END_OF_FILE, "")));
        }
        if (!cleaned.get(0).matches("\\d+")) {
          errors.add(InputError.of(name, lastLine, ListErrors.MALFORMED_ROW,
              "entry number '" + cleaned.get(0) + "' is not a number; skipping row"));
          continue;
        }
        rows.add(new LegacyRow(lastLine, cleaned));
      }
    } catch (UncheckedIOException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      boolean encoding = cause instanceof CharacterCodingException;
      LOG.warn("Cannot read {} past line {}: {}; keeping the {} rows read", name, lastLine, cause, rows.size());
      errors.add(InputError.of(name, lastLine + (rows.isEmpty() ? 0 : 1),
          encoding ? ListErrors.BAD_ENCODING : ListErrors.UNREADABLE_FILE,
          (encoding ? "invalid UTF-8 after this point" : "cannot read file: " + cause.getMessage())
              + "; rest of the file skipped"));
    }
    return new ReadResult<>(rows, errors);
  }
}
