package org.interdict.cli.compare;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.interdict.cli.screen.FeatureColumns;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.interdict.screening.PairComparison;

/**
 * Reads {@code compare --input}: a UTF-8 CSV with a header, one pair per row, kept in input order,
 * with each side's features from its own columns. A row too short for the wanted columns, a missing
 * column or a cell that is not a date, country or identifier stops the read with the file and line:
 * a comparison that silently skipped rows, or scored a row without the feature it was given, would
 * misstate its figures.
 */
final class PairsCsv {
  private PairsCsv() {}

  /** The pairs file cannot be used; the message names the file, the line and the problem. */
  static final class UnreadablePairsException extends org.interdict.UnreadableInputException {
    private static final long serialVersionUID = 1L;

    UnreadablePairsException(String message) {
      super(message);
    }
  }

  /** The columns of the pairs file: the two names, B's type (or null) and each side's features. */
  record Columns(
      String left, String right, String type, FeatureColumns sideA, FeatureColumns sideB) {}

  static List<CompareCommand.Pair> read(Path file, Columns columns) {
    List<CompareCommand.Pair> pairs = new ArrayList<>();
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .ignoreDifferentFieldCount(true)
            .ofCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new UnreadablePairsException(
            "pairs file " + file + " is empty; expected a header row");
      }
      List<String> header = records.next().getFields();
      int l = column(header, columns.left(), file, "--left-column");
      int r = column(header, columns.right(), file, "--right-column");
      int t = columns.type() == null ? -1 : column(header, columns.type(), file, "--type-column");
      int[] a = columns.sideA().positions(header, file);
      int[] b = columns.sideB().positions(header, file);
      int needed =
          Math.max(
                  Math.max(Math.max(l, r), t),
                  Math.max(FeatureColumns.last(a), FeatureColumns.last(b)))
              + 1;
      while (records.hasNext()) {
        CsvRecord record = records.next();
        long line = record.getStartingLineNumber();
        if (record.getFieldCount() < needed) {
          throw new UnreadablePairsException(
              file
                  + ":"
                  + line
                  + ": "
                  + record.getFieldCount()
                  + " fields, expected at least "
                  + needed);
        }
        PartyType type;
        PartyFeatures featuresA;
        PartyFeatures featuresB;
        try {
          type = t < 0 ? PartyType.UNKNOWN : type(record.getField(t));
          featuresA = FeatureColumns.of(a, record::getField);
          featuresB = FeatureColumns.of(b, record::getField);
        } catch (IllegalArgumentException e) {
          throw new UnreadablePairsException(file + ":" + line + ": " + e.getMessage());
        }
        pairs.add(
            new CompareCommand.Pair(
                Long.toString(line),
                new PairComparison.Side(record.getField(l), PartyType.UNKNOWN, featuresA),
                new PairComparison.Side(record.getField(r), type, featuresB)));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UnreadablePairsException("cannot read pairs file " + file + ": " + e.getMessage());
    }
    return pairs;
  }

  /**
   * {@code person}/{@code Person} is an individual, {@code org} and the FollowTheMoney organization
   * schemas entities.
   *
   * @throws org.interdict.InvalidValueException for any other text
   */
  static PartyType type(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "person", "individual":
        return PartyType.INDIVIDUAL;
      case "org", "organization", "company", "legalentity", "entity":
        return PartyType.ENTITY;
      case "vessel":
        return PartyType.VESSEL;
      case "", "unknown":
        return PartyType.UNKNOWN;
      default:
        throw new org.interdict.InvalidValueException(
            "unknown type '"
                + text
                + "'; expected person, org, organization,"
                + " company, legalentity, vessel or unknown");
    }
  }

  private static int column(List<String> header, String column, Path file, String option) {
    int at = header.indexOf(column);
    if (at < 0) {
      throw new UnreadablePairsException(
          "pairs file "
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
