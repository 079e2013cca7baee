package org.interdict.lists;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.interdict.model.InputError;
import org.interdict.text.QuoteTracker;
import org.interdict.text.ReplacingUtf8Reader;

/**
 * Reads delimited list files. {@link #records} is the one loop every CSV and TSV list reader uses:
 * UTF-8 with bad bytes replaced and reported by line ({@link ReplacingUtf8Reader}), and a parser
 * limit (a field over FastCSV's 16 MiB buffer, too many fields) or a read failure turned into an
 * error naming file and line instead of an exception; a quote left open at the end of the file is a
 * {@link ListErrors#MALFORMED_ROW} at the line where it opened. {@link #read} adds header handling:
 * lines before the header are skipped, each later row becomes a column-name-to-value map, a row
 * with the wrong number of columns is a {@link ListErrors#MALFORMED_ROW} and the rest still loads.
 * Stateless and thread-safe.
 */
public final class CsvTables {
  /** Receives the lines before the header, and then each row with its 1-based line number. */
  public interface RowHandler {
    void preamble(String line);

    void row(long line, Map<String, String> values);
  }

  /**
   * Receives every record with its 1-based starting line; returns false to stop reading the file.
   */
  public interface RecordHandler {
    boolean record(long line, List<String> fields);
  }

  private CsvTables() {}

  /** Streams the records of {@code file} to {@code handler}; returns the problems met. */
  public static List<InputError> records(Path file, char separator, RecordHandler handler) {
    String name = file.toString();
    List<InputError> errors = new ArrayList<>();
    long nextLine = 1;
    ReplacingUtf8Reader text = null;
    try (ReplacingUtf8Reader opened = TextFiles.openUtf8(file);
        QuoteTracker quotes = new QuoteTracker(opened, separator);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .fieldSeparator(separator)
                .ignoreDifferentFieldCount(true)
                .skipEmptyLines(true)
                .ofCsvRecord(quotes)) {
      text = opened;
      for (CsvRecord record : csv) {
        long line = record.getStartingLineNumber();
        nextLine = line + 1 + record.getFields().stream().mapToLong(CsvTables::newlines).sum();
        if (!handler.record(line, record.getFields())) {
          break;
        }
      }
      if (quotes.endedInsideQuotes()) {
        // fastcsv reads the rest of the file into the open field, silently; the row may even look
        // complete
        errors.add(
            InputError.of(
                name,
                quotes.openedAtLine(),
                ListErrors.MALFORMED_ROW,
                QuoteTracker.UNCLOSED_QUOTE));
      }
    } catch (CsvParseException e) {
      errors.add(
          InputError.of(
              name,
              nextLine,
              ListErrors.PARSER_LIMIT,
              "cannot parse the record starting here ("
                  + rootMessage(e)
                  + "); the rest of the file is not read"));
    } catch (UncheckedIOException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      errors.add(
          InputError.of(
              name,
              nextLine,
              ListErrors.UNREADABLE_FILE,
              "cannot read file: " + cause.getMessage() + "; the rest of the file is not read"));
    }
    if (text != null) {
      errors.addAll(0, text.errors(name, ListErrors.BAD_ENCODING));
    }
    return errors;
  }

  /**
   * Streams {@code file}; the header is the first line that {@code isHeader} accepts within the
   * first {@code maxPreamble} lines. Returns the problems met (an {@link
   * ListErrors#UNEXPECTED_HEADER} when no header is found).
   */
  public static List<InputError> read(
      Path file,
      char separator,
      int maxPreamble,
      Predicate<List<String>> isHeader,
      RowHandler handler) {
    String name = file.toString();
    List<InputError> errors = new ArrayList<>();
    List<List<String>> header = new ArrayList<>(1);
    errors.addAll(
        records(
            file,
            separator,
            (line, fields) -> {
              if (header.isEmpty()) {
                List<String> stripped = fields.stream().map(String::strip).toList();
                if (isHeader.test(stripped)) {
                  header.add(stripped);
                } else if (line > maxPreamble) {
                  errors.add(
                      InputError.of(
                          name,
                          line,
                          ListErrors.UNEXPECTED_HEADER,
                          "no header row found in the first "
                              + maxPreamble
                              + " lines; skipping file"));
                  return false;
                } else {
                  handler.preamble(String.join(String.valueOf(separator), fields));
                }
                return true;
              }
              columns(name, line, header.get(0), fields, errors)
                  .ifPresent(values -> handler.row(line, values));
              return true;
            }));
    return errors;
  }

  /**
   * The row as a column-name-to-stripped-value map, or empty with a {@link
   * ListErrors#MALFORMED_ROW} added to {@code errors} when its field count differs from the
   * header's.
   */
  public static java.util.Optional<Map<String, String>> columns(
      String file, long line, List<String> header, List<String> fields, List<InputError> errors) {
    if (fields.size() != header.size()) {
      errors.add(
          InputError.of(
              file,
              line,
              ListErrors.MALFORMED_ROW,
              "expected " + header.size() + " columns, found " + fields.size() + "; skipping row"));
      return java.util.Optional.empty();
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      values.put(header.get(i), fields.get(i).strip());
    }
    return java.util.Optional.of(values);
  }

  private static long newlines(String field) {
    return field.chars().filter(c -> c == '\n').count();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + cause.getMessage();
  }
}
