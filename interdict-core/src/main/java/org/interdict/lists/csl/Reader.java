package org.interdict.lists.csl;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interdict.lists.ListErrors;
import org.interdict.lists.ReadResult;
import org.interdict.lists.TextFiles;
import org.interdict.model.InputError;

/**
 * Reads the CSL CSV by its header, so column order may change between exports (and the JSON export through
 * {@link JsonReader}). A repeated header line (seen
 * in real exports) is skipped. Stateless and thread-safe.
 */
public final class Reader {
  /** The columns without which a row cannot become a party. */
  static final List<String> REQUIRED = List.of("_id", "source", "name");

  private Reader() {}

  /**
   * Column names as the header gives them ({@code id} read as {@code _id}). Found by fuzzing: any row whose second
   * field was "source" was skipped as a repeated header, silently, with every row an open quote had swallowed.
   */
  private static List<String> headerNames(List<String> fields) {
    return fields.stream().map(field -> field.strip().equals("id") ? "_id" : field.strip()).toList();
  }

  /** Whether a first line looks like a CSL export header. */
  public static boolean isHeader(String firstLine) {
    String line = firstLine.replace("\uFEFF", "").replace("\"", "");
    return line.startsWith("_id,source,entity_number") || line.startsWith("id,source,entity_number");
  }

  /** Whether the start of a {@code .json} file looks like the CSL JSON export. */
  public static boolean isJsonHead(String head) {
    return head.contains("\"results\"") && (head.contains("\"entity_number\"") || head.contains("\"sources_used\""));
  }

  /** Reads {@code consolidated.json} when the name ends in .json, else the CSV export. */
  public static ReadResult<CslRow> read(Path file) {
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      return JsonReader.read(file);
    }
    String name = file.toString();
    List<CslRow> rows = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    long lastLine = 0;
    try (BufferedReader text = TextFiles.openUtf8(file);
        CsvReader<CsvRecord> csv =
            CsvReader.builder().ignoreDifferentFieldCount(true).skipEmptyLines(true).ofCsvRecord(text)) {
      List<String> header = null;
      for (CsvRecord record : csv) {
        lastLine = record.getStartingLineNumber();
        List<String> fields = record.getFields();
        if (header == null) {
          header = headerNames(fields);
          if (!header.containsAll(REQUIRED)) {
            errors.add(InputError.of(name, lastLine, ListErrors.UNEXPECTED_HEADER,
                "expected a CSL header with columns " + REQUIRED + ", found " + fields + "; skipping file"));
            break;
          }
          continue;
        }
        if (header.equals(headerNames(fields))) {
          continue; // the header repeated (seen in real exports); a row that only starts like it is data
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
        rows.add(new CslRow(lastLine, values));
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
