package org.interdict.spark.names;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.interdict.spark.SparkJobException;
import org.interdict.spark.io.InputFile;
import org.interdict.spark.io.InputFiles;
import org.interdict.spark.io.NumberedLine;

/**
 * CSV names as the CLI's {@code screen --input} reads them: a header row naming the columns
 * (checked on the driver, so a missing column fails the job at once), then one row per line; the id
 * is the {@code --id-column} value or the line number; feature columns are read as the CLI reads
 * them, a cell that is not a date, country or identifier making its row an error row. A row with
 * too few fields, or a quoted field running over the line end (which this line-split reader cannot
 * follow), becomes an error row naming file and line.
 */
final class CsvNames implements Serializable {
  private static final long serialVersionUID = 1L;
  private final int nameAt;
  private final int idAt;
  private final int headerSize;
  private final int dobAt;
  private final int countryAt;
  private final int identifierAt;

  private CsvNames(
      int nameAt, int idAt, int headerSize, int dobAt, int countryAt, int identifierAt) {
    this.nameAt = nameAt;
    this.idAt = idAt;
    this.headerSize = headerSize;
    this.dobAt = dobAt;
    this.countryAt = countryAt;
    this.identifierAt = identifierAt;
  }

  /** Reads the header of every file; all must place the columns alike. */
  static CsvNames of(
      List<InputFile> files,
      String column,
      String idColumn,
      FeatureColumnNames features,
      Configuration hadoop) {
    CsvNames layout = null;
    for (InputFile file : files) {
      List<String> header = header(file, hadoop);
      int nameAt = index(header, column, file, "--column");
      int idAt = idColumn == null ? -1 : index(header, idColumn, file, "--id-column");
      CsvNames current =
          new CsvNames(
              nameAt,
              idAt,
              header.size(),
              features.dob() == null ? -1 : index(header, features.dob(), file, "--dob-column"),
              features.country() == null
                  ? -1
                  : index(header, features.country(), file, "--country-column"),
              features.identifier() == null
                  ? -1
                  : index(header, features.identifier(), file, "--identifier-column"));
      if (layout != null
          && (layout.nameAt != nameAt
              || layout.idAt != idAt
              || layout.dobAt != current.dobAt
              || layout.countryAt != current.countryAt
              || layout.identifierAt != current.identifierAt)) {
        throw new SparkJobException(
            "input "
                + file.name()
                + ": its header places "
                + column
                + " elsewhere than the first input's; give files with the same header");
      }
      layout = current;
    }
    return layout;
  }

  NameInput parse(NumberedLine line) {
    String file = line.file().name();
    if (countQuotes(line.text()) % 2 != 0) {
      return NameInput.bad(
          file,
          line.line(),
          "malformed-input-row",
          "a quoted field runs past the end of the line; the Spark reader takes one row per line; skipping row");
    }
    CsvRecord record = parseOne(line.text());
    int needed =
        Math.max(Math.max(nameAt, idAt), Math.max(dobAt, Math.max(countryAt, identifierAt))) + 1;
    if (record.getFieldCount() < needed) {
      return NameInput.bad(
          file,
          line.line(),
          "malformed-input-row",
          record.getFieldCount()
              + " fields, expected at least "
              + needed
              + " (header has "
              + headerSize
              + "); skipping row");
    }
    String id = idAt >= 0 ? record.getField(idAt) : Long.toString(line.line());
    return NameInput.withFeatures(
        id,
        record.getField(nameAt),
        cell(record, dobAt),
        cell(record, countryAt),
        cell(record, identifierAt),
        file,
        line.line());
  }

  private static String cell(CsvRecord record, int at) {
    return at < 0 ? null : record.getField(at);
  }

  private static CsvRecord parseOne(String text) {
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().ignoreDifferentFieldCount(true).ofCsvRecord(text)) {
      return reader.iterator().next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int countQuotes(String text) {
    int quotes = 0;
    for (int i = 0; i < text.length(); i++) {
      quotes += text.charAt(i) == '"' ? 1 : 0;
    }
    return quotes;
  }

  private static List<String> header(InputFile file, Configuration hadoop) {
    try (InputStream in = InputFiles.open(file, hadoop);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .ignoreDifferentFieldCount(true)
                .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new SparkJobException("input " + file.name() + " is empty; expected a header row");
      }
      List<String> fields = new java.util.ArrayList<>(records.next().getFields());
      if (!fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
        fields.set(0, fields.get(0).substring(1));
      }
      return fields;
    } catch (IOException | UncheckedIOException e) {
      throw new SparkJobException(
          "input " + file.name() + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static int index(List<String> header, String column, InputFile file, String option) {
    int at = header.indexOf(column);
    if (at < 0) {
      throw new SparkJobException(
          "input "
              + file.name()
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
