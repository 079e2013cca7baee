package org.interdict.lists.dpl;

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

/** Reads the quoted, tab-separated DPL file (12 columns, header first). Stateless and thread-safe. */
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
    long lastLine = 0;
    try (BufferedReader text = TextFiles.openUtf8(file);
        CsvReader<CsvRecord> tsv = CsvReader.builder().fieldSeparator('\t')
            .ignoreDifferentFieldCount(true).skipEmptyLines(true).ofCsvRecord(text)) {
      boolean first = true;
      for (CsvRecord record : tsv) {
        lastLine = record.getStartingLineNumber();
        if (first) {
          first = false;
          if (!record.getField(0).strip().equals("Name")) {
            errors.add(InputError.of(name, lastLine, ListErrors.UNEXPECTED_HEADER,
                "expected a DPL header starting with Name, Street_Address; skipping file"));
            break;
          }
          continue;
        }
        if (record.getFieldCount() != COLUMNS) {
          errors.add(InputError.of(name, lastLine, ListErrors.MALFORMED_ROW,
              "expected " + COLUMNS + " columns, found " + record.getFieldCount() + "; skipping row"));
          continue;
        }
        if (record.getFields().stream().anyMatch(field -> field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0)) {
          // DPL fields never hold a line break: one means a quote did not close and later rows were read into this
          // field, silently (found by fuzzing). The row is kept; the rows it swallowed are lost, so say so.
          errors.add(InputError.of(name, lastLine, ListErrors.MALFORMED_ROW, "a field runs over several lines (a"
              + " quote that does not close?); the rows after it up to the next closing quote are lost"));
        }
        rows.add(new Row(lastLine, record.getFields().stream().map(String::strip).toList()));
      }
    } catch (UncheckedIOException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      boolean encoding = cause instanceof CharacterCodingException;
      errors.add(InputError.of(name, lastLine + 1,
          encoding ? ListErrors.BAD_ENCODING : ListErrors.UNREADABLE_FILE,
          (encoding ? "invalid UTF-8 after this point" : "cannot read file: " + cause.getMessage())
              + "; rest of the file skipped"));
    }
    return new ReadResult<>(rows, errors);
  }
}
