package org.interdict.lists;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.interdict.model.InputError;

/**
 * Reads a delimited list file by its header row: lines before the header (a report date, say) are skipped,
 * each later row becomes a column-name-to-value map. Strict UTF-8; a row with the wrong number of columns is a
 * {@link ListErrors#MALFORMED_ROW} and the rest still loads. Stateless and thread-safe.
 */
public final class CsvTables {
  /** Receives the lines before the header, and then each row with its 1-based line number. */
  public interface RowHandler {
    void preamble(String line);

    void row(long line, Map<String, String> values);
  }

  private CsvTables() {}

  /**
   * Streams {@code file}; the header is the first line that {@code isHeader} accepts within the first
   * {@code maxPreamble} lines. Returns the problems met (an {@link ListErrors#UNEXPECTED_HEADER} when no
   * header is found).
   */
  public static List<InputError> read(Path file, char separator, int maxPreamble, Predicate<List<String>> isHeader,
      RowHandler handler) {
    String name = file.toString();
    List<InputError> errors = new java.util.ArrayList<>();
    long lastLine = 0;
    try (BufferedReader text = TextFiles.openUtf8(file);
        CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).ignoreDifferentFieldCount(true)
            .skipEmptyLines(true).ofCsvRecord(text)) {
      List<String> header = null;
      for (CsvRecord record : csv) {
        lastLine = record.getStartingLineNumber();
        List<String> fields = record.getFields();
        if (header == null) {
          if (isHeader.test(fields.stream().map(String::strip).toList())) {
            header = fields.stream().map(String::strip).toList();
          } else if (lastLine > maxPreamble) {
            errors.add(InputError.of(name, lastLine, ListErrors.UNEXPECTED_HEADER,
                "no header row found in the first " + maxPreamble + " lines; skipping file"));
            break;
          } else {
            handler.preamble(String.join(String.valueOf(separator), fields));
          }
          continue;
        }
        if (fields.size() != header.size()) {
          errors.add(InputError.of(name, lastLine, ListErrors.MALFORMED_ROW,
              "expected " + header.size() + " columns, found " + fields.size() + "; skipping row"));
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          values.put(header.get(i), fields.get(i).strip());
        }
        handler.row(lastLine, values);
      }
    } catch (UncheckedIOException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      boolean encoding = cause instanceof CharacterCodingException;
      long line = encoding ? TextFiles.firstInvalidUtf8Line(file).orElse(lastLine + 1) : lastLine + 1;
      errors.add(InputError.of(name, line,
          encoding ? ListErrors.BAD_ENCODING : ListErrors.UNREADABLE_FILE,
          (encoding ? "invalid UTF-8 after this point" : "cannot read file: " + cause.getMessage())
              + "; rest of the file skipped"));
    }
    return errors;
  }
}
