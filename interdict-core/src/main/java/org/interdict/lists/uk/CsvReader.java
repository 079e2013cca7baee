package org.interdict.lists.uk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.lists.CsvTables;
import org.interdict.lists.ListErrors;
import org.interdict.model.InputError;

/**
 * Reads the UK Sanctions List CSV: a {@code Report Date: 08-Oct-2026} line, the header ({@code Last
 * Updated, Unique ID, OFSI Group ID, UN Reference Number, Name 6, Name 1..5, Name type, Alias
 * strength...}), then one row per name, address, date of birth... of each designation, grouped here
 * by Unique ID. Columns are found by header name. Stateless and thread-safe.
 */
final class CsvReader {
  static final String ID = "Unique ID";

  /** CSV column to the XML element name the builder keys single values by. */
  private static final Map<String, String> SINGLE =
      Map.of(
          "Unique ID",
          "UniqueID",
          "OFSI Group ID",
          "OFSIGroupID",
          "UN Reference Number",
          "UNReferenceNumber",
          "Regime Name",
          "RegimeName",
          "Designation source",
          "DesignationSource",
          "Sanctions Imposed",
          "SanctionsImposed",
          "Other Information",
          "OtherInformation",
          "UK Statement of Reasons",
          "UKStatementofReasons",
          "Date Designated",
          "DateDesignated");

  private CsvReader() {}

  /** Whether the first 4 KiB of a {@code .csv} hold the UK Sanctions List header. */
  static boolean isHead(String head) {
    return head.lines()
        .limit(3)
        .anyMatch(
            line ->
                line.contains(ID + ",OFSI Group ID")
                    || line.contains("\"" + ID + "\",\"OFSI Group ID\""));
  }

  static Reader.Result read(Path file) {
    Collector collector = new Collector(file.toString());
    List<InputError> errors =
        new java.util.ArrayList<>(
            CsvTables.read(
                file,
                ',',
                3,
                header -> header.contains(ID) && header.contains("Name 6"),
                collector));
    errors.addAll(collector.errors);
    return new Reader.Result(
        collector.entries.values().stream().map(EntryBuilder::build).toList(),
        errors,
        collector.generated);
  }

  /** Groups rows by Unique ID; confined to one read call. */
  private static final class Collector implements CsvTables.RowHandler {
    private final String file;
    private final Map<String, EntryBuilder> entries = new LinkedHashMap<>();
    private final List<InputError> errors = new java.util.ArrayList<>();
    private Optional<LocalDate> generated = Optional.empty();

    Collector(String file) {
      this.file = file;
    }

    @Override
    public void preamble(String line) {
      if (line.strip().startsWith("Report Date")) {
        generated = Dates.reportDate(line);
      }
    }

    @Override
    public void row(long line, Map<String, String> row) {
      String id = row.getOrDefault(ID, "");
      if (id.isEmpty()) {
        errors.add(
            InputError.of(
                file, line, ListErrors.MALFORMED_ROW, "row has no Unique ID; skipping row"));
        return;
      }
      EntryBuilder entry = entries.computeIfAbsent(id, any -> new EntryBuilder(line));
      SINGLE.forEach((column, field) -> entry.single(field, row.get(column)));
      entry.single(
          "IndividualEntityShip",
          row.getOrDefault("Designation Type", row.get("Individual/Entity/Ship")));
      entry.name(
          List.of(
              get(row, "Name 1"),
              get(row, "Name 2"),
              get(row, "Name 3"),
              get(row, "Name 4"),
              get(row, "Name 5"),
              get(row, "Name 6")),
          get(row, "Name type"),
          get(row, "Alias strength"));
      entry.nonLatinName(row.get("Name non-latin script"));
      entry.address(
          List.of(
              get(row, "Address Line 1"),
              get(row, "Address Line 2"),
              get(row, "Address Line 3"),
              get(row, "Address Line 4"),
              get(row, "Address Line 5"),
              get(row, "Address Line 6")),
          get(row, "Address Postal Code"),
          get(row, "Address Country"));
      entry.birthDate(row.get("D.O.B"));
      entry.nationality(row.get("Nationality(/ies)"));
      entry.identifier("passport", row.get("Passport number"));
      entry.identifier("national-id", row.get("National Identifier number"));
      entry.identifier("business-registration", row.get("Business registration number (s)"));
      entry.identifier("imo", row.get("IMO number"));
      entry.flag(row.get("Current believed flag of ship"));
    }

    private static String get(Map<String, String> row, String column) {
      return row.getOrDefault(column, "");
    }
  }
}
