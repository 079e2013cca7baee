package org.interdict.lists.uk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.lists.CsvTables;
import org.interdict.lists.ListErrors;
import org.interdict.model.InputError;

/**
 * Reads OFSI's Consolidated List CSV ({@code ConList.csv}, 2022 format), closed on 28 January 2026
 * and read for older snapshots: a {@code Last Updated,dd/mm/yyyy} line, the header ({@code Name 6,
 * Name 1..5, Title, ..., Group Type, Alias Type, Alias Quality, Regime, Listed On, UK Sanctions
 * List Date Designated, Last Updated, Group ID}), then one row per name, grouped here by Group ID.
 * The Unique ID is the {@code UK Sanctions List Ref} (its column, or the {@code (UK Sanctions List
 * Ref):RUS1234} note in Other Information), else {@code OFSI-<Group ID>}. Stateless and
 * thread-safe.
 */
final class ConListReader {
  static final String GROUP = "Group ID";
  private static final Pattern LIST_REF =
      Pattern.compile("\\(UK Sanctions List Ref\\)\\s*:\\s*([A-Z]{2,4}\\d{3,})");

  private ConListReader() {}

  /** Whether the first 4 KiB of a {@code .csv} hold the ConList header. */
  static boolean isHead(String head) {
    return head.lines()
        .limit(3)
        .anyMatch(
            line -> line.replace("\"", "").startsWith("Name 6,Name 1,") && line.contains(GROUP));
  }

  static Reader.Result read(Path file) {
    Collector collector = new Collector(file.toString());
    List<InputError> errors =
        new ArrayList<>(
            CsvTables.read(
                file,
                ',',
                3,
                header -> header.contains(GROUP) && header.contains("Name 6"),
                collector));
    errors.addAll(collector.errors);
    collector.entries.forEach((group, entry) -> entry.single("UniqueID", "OFSI-" + group));
    return new Reader.Result(
        collector.entries.values().stream().map(EntryBuilder::build).toList(),
        errors,
        collector.generated);
  }

  /** Groups rows by Group ID; confined to one read call. */
  private static final class Collector implements CsvTables.RowHandler {
    private final String file;
    private final Map<String, EntryBuilder> entries = new LinkedHashMap<>();
    private final List<InputError> errors = new ArrayList<>();
    private Optional<LocalDate> generated = Optional.empty();

    Collector(String file) {
      this.file = file;
    }

    @Override
    public void preamble(String line) {
      if (line.strip().startsWith("Last Updated")) {
        generated = Dates.dayFirst(line.substring(line.indexOf(',') + 1).replace(",", ""));
      }
    }

    @Override
    public void row(long line, Map<String, String> row) {
      String group = get(row, GROUP);
      if (group.isEmpty()) {
        errors.add(
            InputError.of(
                file, line, ListErrors.MALFORMED_ROW, "row has no Group ID; skipping row"));
        return;
      }
      EntryBuilder entry = entries.computeIfAbsent(group, any -> new EntryBuilder(line));
      entry.single("UniqueID", listReference(row).orElse(""));
      entry.single("OFSIGroupID", group);
      entry.single("RegimeName", get(row, "Regime"));
      entry.single("IndividualEntityShip", get(row, "Group Type"));
      entry.single("OtherInformation", get(row, "Other Information"));
      String designated = get(row, "UK Sanctions List Date Designated");
      entry.single("DateDesignated", designated.isEmpty() ? get(row, "Listed On") : designated);
      entry.name(
          List.of(
              get(row, "Name 1"),
              get(row, "Name 2"),
              get(row, "Name 3"),
              get(row, "Name 4"),
              get(row, "Name 5"),
              get(row, "Name 6")),
          get(row, "Alias Type"),
          get(row, "Alias Quality"));
      entry.nonLatinName(get(row, "Name Non-Latin Script"));
      entry.address(
          List.of(
              get(row, "Address 1"),
              get(row, "Address 2"),
              get(row, "Address 3"),
              get(row, "Address 4"),
              get(row, "Address 5"),
              get(row, "Address 6")),
          get(row, "Post/Zip Code"),
          get(row, "Country"));
      entry.birthDate(get(row, "DOB"));
      entry.nationality(get(row, "Nationality"));
      entry.identifier("passport", get(row, "Passport Number"));
      entry.identifier("national-id", get(row, "National Identification Number"));
    }

    private static Optional<String> listReference(Map<String, String> row) {
      if (!get(row, "UK Sanctions List Ref").isEmpty()) {
        return Optional.of(get(row, "UK Sanctions List Ref"));
      }
      Matcher matcher = LIST_REF.matcher(get(row, "Other Information"));
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String get(Map<String, String> row, String column) {
      return row.getOrDefault(column, "");
    }
  }
}
