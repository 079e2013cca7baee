package org.interdict.inventory.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.CsvField;
import org.interdict.inventory.InventoryReader;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.encoding.Encodings;
import org.interdict.model.InputError;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;
import org.interdict.text.QuoteTracker;

/**
 * Reads a CSV export with a header line, one software installation per row. Columns are found by
 * known captions ({@link HeaderNames}) or by an explicit {@link CsvColumnMapping}. Rows with the
 * wrong number of fields or without a name are reported and skipped. Stateless and thread-safe.
 */
public final class CsvInventoryReader implements InventoryReader {
  private static final char REPLACEMENT = '\uFFFD';

  private final CsvColumnMapping mapping;

  public CsvInventoryReader() {
    this(CsvColumnMapping.auto());
  }

  public CsvInventoryReader(CsvColumnMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  @Override
  public String formatId() {
    return "csv";
  }

  @Override
  public void read(InputStream input, String fileName, InventorySink sink) {
    try {
      BufferedReader text = Encodings.reader(input);
      char delimiter = CsvText.sniffDelimiter(text);
      QuoteTracker quotes = new QuoteTracker(text, delimiter);
      // Not closed: closing would close the caller's stream, which the InventoryReader contract
      // forbids.
      CsvReader<CsvRecord> csv =
          CsvReader.builder()
              .fieldSeparator(delimiter)
              .skipEmptyLines(true)
              .ignoreDifferentFieldCount(true)
              .ofCsvRecord(quotes);
      readRows(csv.iterator(), fileName, sink);
      if (quotes.endedInsideQuotes()) {
        sink.error(
            InputError.of(
                fileName,
                quotes.openedAtLine(),
                "unterminated-quote",
                QuoteTracker.UNCLOSED_QUOTE));
      }
    } catch (IOException e) {
      throw new UnreadableInventoryException(fileName + ": cannot read: " + e.getMessage(), e);
    }
  }

  private void readRows(Iterator<CsvRecord> rows, String fileName, InventorySink sink) {
    long line = 0;
    boolean badEncodingReported = false;
    try {
      if (!rows.hasNext()) {
        sink.error(
            InputError.of(
                fileName, 0, "empty-input", "the file has no header line; nothing to read"));
        return;
      }
      CsvRecord header = rows.next();
      line = header.getStartingLineNumber();
      ColumnLayout layout = ColumnLayout.resolve(header.getFields(), mapping, fileName);
      if (hasReplacement(header)) {
        badEncodingReported = reportEncoding(fileName, line, sink);
      }
      while (rows.hasNext()) {
        CsvRecord row = rows.next();
        line = row.getStartingLineNumber();
        if (!badEncodingReported && hasReplacement(row)) {
          badEncodingReported = reportEncoding(fileName, line, sink);
        }
        if (row.getFieldCount() != layout.columnCount()) {
          sink.error(
              InputError.of(
                  fileName,
                  line,
                  "wrong-field-count",
                  "row has "
                      + row.getFieldCount()
                      + " fields but the header has "
                      + layout.columnCount()
                      + "; skipping row"));
          continue;
        }
        SoftwareRecord record = toRecord(row, layout, SourceLocation.ofLine(fileName, line));
        if (record.name().isEmpty()) {
          sink.error(
              InputError.of(
                  fileName,
                  line,
                  "missing-name",
                  "row has no software name in column "
                      + (layout.index(CsvField.NAME).orElse(0) + 1)
                      + "; skipping row"));
          continue;
        }
        sink.record(record);
      }
    } catch (CsvParseException e) {
      // fastcsv gives up on a field larger than its buffer limit; the rest of the file cannot be
      // trusted.
      sink.error(
          InputError.of(
              fileName,
              line + 1,
              "malformed-csv",
              "cannot parse CSV after this point: "
                  + e.getMessage()
                  + "; stopped reading this file"));
    } catch (UncheckedIOException e) {
      throw new UnreadableInventoryException(fileName + ": read failed after line " + line, e);
    }
  }

  private static SoftwareRecord toRecord(
      CsvRecord row, ColumnLayout layout, SourceLocation location) {
    return SoftwareRecord.builder(RecordKind.SOFTWARE, location)
        .host(field(row, layout, CsvField.HOST))
        .name(field(row, layout, CsvField.NAME))
        .version(field(row, layout, CsvField.VERSION))
        .publisher(field(row, layout, CsvField.PUBLISHER))
        .bundleId(field(row, layout, CsvField.BUNDLE_ID))
        .packageName(field(row, layout, CsvField.PACKAGE_NAME))
        .purl(field(row, layout, CsvField.PURL))
        .cpe(field(row, layout, CsvField.CPE))
        .path(field(row, layout, CsvField.PATH))
        .build();
  }

  private static String field(CsvRecord row, ColumnLayout layout, CsvField field) {
    Integer index = layout.indexes().get(field);
    return index == null ? "" : row.getField(index);
  }

  private static boolean hasReplacement(CsvRecord row) {
    for (String field : row.getFields()) {
      if (field.indexOf(REPLACEMENT) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean reportEncoding(String fileName, long line, InventorySink sink) {
    sink.error(Encodings.invalidEncoding(fileName, line));
    return true;
  }
}
