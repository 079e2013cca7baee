package org.interdict.cli.screen;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.interdict.InterdictException;

/**
 * Reads a whole CSV of names (for commands that need them all at once, unlike the streaming batch
 * screener): UTF-8 with a header (BOM tolerated; {@code -} is standard input, see {@link
 * NamesInput}), names from {@code column}, ids from {@code idColumn} or the line number. A row too
 * short for the columns is reported as {@code FILE:LINE: malformed-input-row} on stderr and
 * skipped.
 */
public final class NamesCsv {
  /** One row: its id and its name. */
  public record Row(String id, String name) {}

  private NamesCsv() {}

  public static List<Row> read(Path file, String column, String idColumn, PrintWriter err) {
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder().ignoreDifferentFieldCount(true).ofCsvRecord(NamesInput.open(file))) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new InterdictException(
            "input file " + file + " is empty; expected a header row with " + column);
      }
      List<String> header = records.next().getFields();
      int nameAt = index(header, column, file, "--column");
      int idAt = idColumn == null ? -1 : index(header, idColumn, file, "--id-column");
      int needed = Math.max(nameAt, idAt) + 1;
      List<Row> parties = new ArrayList<>();
      while (records.hasNext()) {
        CsvRecord record = records.next();
        if (record.getFieldCount() < needed) {
          err.println(
              file
                  + ":"
                  + record.getStartingLineNumber()
                  + ": malformed-input-row: "
                  + record.getFieldCount()
                  + " fields, expected at least "
                  + needed
                  + "; skipping row");
          continue;
        }
        String id =
            idAt >= 0 ? record.getField(idAt) : Long.toString(record.getStartingLineNumber());
        parties.add(new Row(id, record.getField(nameAt)));
      }
      return parties;
    } catch (IOException | UncheckedIOException e) {
      throw new InterdictException("cannot read input file " + file + ": " + e.getMessage(), e);
    }
  }

  private static int index(List<String> header, String column, Path file, String option) {
    int at = header.indexOf(column);
    if (at < 0) {
      throw new InterdictException(
          "input file "
              + file
              + " has no column '"
              + column
              + "' ("
              + option
              + "); its columns are "
              + header);
    }
    return at;
  }
}
