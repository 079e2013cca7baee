package org.interdict.lists.eu;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interdict.lists.CsvTables;
import org.interdict.model.InputError;

/**
 * Reads the {@code ;}-separated FSF CSV ({@code csvFullSanctionsList_1_1}), one row per entity and
 * name alias, address, birth date, identification or citizenship, by its header ({@code
 * Entity_LogicalId}, {@code NameAlias_WholeName}, {@code Address_City}...), and groups the rows by
 * {@code Entity_LogicalId}. Stateless and thread-safe.
 */
final class CsvReader {
  static final String ID = "Entity_LogicalId";
  private static final DateTimeFormatter DAY_FIRST =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  private CsvReader() {}

  /** Whether the start of a {@code .csv} file looks like the FSF CSV header. */
  static boolean isHead(String head) {
    String firstLine = head.replace("\uFEFF", "").lines().findFirst().orElse("");
    return firstLine.contains(ID + ";") && firstLine.contains("NameAlias_WholeName");
  }

  static Reader.Result read(Path file) {
    Collector collector = new Collector();
    List<InputError> errors =
        CsvTables.read(file, ';', 2, header -> header.contains(ID), collector);
    return new Reader.Result(
        collector.entries.values().stream().map(EntryBuilder::build).toList(),
        errors,
        collector.generated);
  }

  /** Groups rows by entity; confined to one read call. */
  private static final class Collector implements CsvTables.RowHandler {
    private final Map<String, EntryBuilder> entries = new LinkedHashMap<>();
    private Optional<LocalDate> generated = Optional.empty();

    @Override
    public void preamble(String line) {
      // The 1.1 export has no preamble; a stray line before the header carries nothing we use.
    }

    @Override
    public void row(long line, Map<String, String> row) {
      if (generated.isEmpty()) {
        generated = date(row.getOrDefault("fileGenerationDate", ""));
      }
      String id = row.getOrDefault(ID, "");
      add(
          entries.computeIfAbsent(
              id.isEmpty() ? "line " + line : id, any -> new EntryBuilder(line, id)),
          row);
    }
  }

  private static void add(EntryBuilder entry, Map<String, String> row) {
    entry.references(
        row.get("Entity_EU_ReferenceNumber"),
        row.get("Entity_UnitedNationId"),
        row.get("Entity_DesignationDate"));
    entry.subjectType(
        row.getOrDefault("Entity_SubjectType", row.get("Entity_SubjectType_ClassificationCode")));
    entry.remark(row.get("Entity_Remark"));
    entry.regulation(
        row.get("Entity_Regulation_Programme"),
        row.get("Entity_Regulation_NumberTitle"),
        row.get("Entity_Regulation_PublicationDate"));
    entry.name(
        new EuEntry.EuName(
            value(row, "NameAlias_WholeName"),
            value(row, "NameAlias_FirstName"),
            value(row, "NameAlias_MiddleName"),
            value(row, "NameAlias_LastName"),
            value(row, "NameAlias_Function"),
            value(row, "NameAlias_NameLanguage"),
            !value(row, "NameAlias_Strong").equalsIgnoreCase("false")));
    entry.citizenship(
        row.get("Citizenship_CountryDescription"), row.get("Citizenship_CountryIso2Code"));
    entry.birthDate(
        row.get("BirthDate_BirthDate"),
        row.get("BirthDate_Year"),
        row.get("BirthDate_Month"),
        row.get("BirthDate_Day"),
        row.get("BirthDate_Circa"));
    entry.address(
        row.get("Address_Street"),
        row.get("Address_PoBox"),
        row.get("Address_Place"),
        row.get("Address_City"),
        row.get("Address_Region"),
        row.get("Address_ZipCode"),
        row.get("Address_CountryDescription"),
        row.get("Address_CountryIso2Code"));
    entry.identification(
        row.get("Identification_Number"),
        row.get("Identification_LatinNumber"),
        row.get("Identification_TypeDescription"),
        row.get("Identification_TypeCode"),
        row.get("Identification_CountryDescription"),
        row.get("Identification_CountryIso2Code"));
  }

  private static String value(Map<String, String> row, String column) {
    return row.getOrDefault(column, "");
  }

  /**
   * {@code fileGenerationDate} is ISO in some exports and day-first ({@code 28/10/2022}) in others.
   */
  private static Optional<LocalDate> date(String value) {
    Optional<LocalDate> iso = Reader.isoDate(value);
    if (iso.isPresent()) {
      return iso;
    }
    try {
      return value.isBlank()
          ? Optional.empty()
          : Optional.of(LocalDate.parse(value.strip(), DAY_FIRST));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
