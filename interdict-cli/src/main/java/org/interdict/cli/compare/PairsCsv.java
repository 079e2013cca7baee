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
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.interdict.screening.PairComparison;

/**
 * Reads {@code compare --input}: a UTF-8 CSV with a header, one pair per row, kept in input order.
 * A row too short for the wanted columns, or a missing column, stops the read with the file and
 * line: a comparison that silently skipped rows would misstate its figures.
 */
final class PairsCsv {
  private PairsCsv() {}

  /** The pairs file cannot be used; the message names the file, the line and the problem. */
  static final class UnreadablePairsException extends IllegalArgumentException {
    UnreadablePairsException(String message) {
      super(message);
    }
  }

  static List<CompareCommand.Pair> read(Path file, String left, String right, String typeColumn) {
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
      int l = column(header, left, file, "--left-column");
      int r = column(header, right, file, "--right-column");
      int t = typeColumn == null ? -1 : column(header, typeColumn, file, "--type-column");
      int needed = Math.max(Math.max(l, r), t) + 1;
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
        try {
          type = t < 0 ? PartyType.UNKNOWN : type(record.getField(t));
        } catch (IllegalArgumentException e) {
          throw new UnreadablePairsException(file + ":" + line + ": " + e.getMessage());
        }
        pairs.add(
            new CompareCommand.Pair(
                Long.toString(line),
                new PairComparison.Side(
                    record.getField(l), PartyType.UNKNOWN, PartyFeatures.none()),
                new PairComparison.Side(record.getField(r), type, PartyFeatures.none())));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UnreadablePairsException("cannot read pairs file " + file + ": " + e.getMessage());
    }
    return pairs;
  }

  /**
   * {@code person}/{@code Person} is an individual, {@code org} and the FollowTheMoney organization
   * schemas entities.
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
        throw new IllegalArgumentException(
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
