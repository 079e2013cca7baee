package org.interdict.lists.ofac;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.lists.DuplicateEntries;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.lists.ReadResult;
import org.interdict.model.Address;
import org.interdict.model.Identifier;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;

/**
 * Joins the rows of one OFAC legacy snapshot into parties. Primary names are kept exactly as OFAC
 * writes them ({@code SURNAME, Given} for individuals): the matcher is token-order robust, so no
 * reordered alias is added. Stateless and thread-safe.
 */
public final class LegacyMapper {
  static final int PRIMARY_COLUMNS = 12;
  static final int ALIAS_COLUMNS = 5;
  static final int ADDRESS_COLUMNS = 6;
  static final int COMMENT_COLUMNS = 2;

  private LegacyMapper() {}

  public static MappedList map(String listId, LegacyFiles files, Optional<LocalDate> listDate) {
    List<InputError> errors = new ArrayList<>();
    ReadResult<LegacyRow> primary = LegacyCsvReader.read(files.primary(), PRIMARY_COLUMNS);
    errors.addAll(primary.errors());
    Map<String, Draft> drafts = new LinkedHashMap<>();
    String primaryName = files.primary().toString();
    DuplicateEntries seen = new DuplicateEntries(errors);
    for (LegacyRow row : primary.rows()) {
      if (row.field(1).isEmpty()) {
        errors.add(
            InputError.of(
                primaryName,
                row.line(),
                ListErrors.MISSING_NAME,
                "entry " + row.entryNumber() + " has no name; skipping row"));
      } else if (seen.admit(
          row.entryNumber(),
          row,
          () ->
              InputError.of(
                  primaryName,
                  row.line(),
                  ListErrors.DUPLICATE_ENTRY,
                  "entry " + row.entryNumber() + " appears again; skipping this row"))) {
        drafts.put(row.entryNumber(), new Draft(row));
      }
    }
    files
        .comments()
        .ifPresent(
            file ->
                attach(
                    file,
                    COMMENT_COLUMNS,
                    drafts,
                    errors,
                    (draft, row) -> draft.remarks.append(row.field(1))));
    files
        .aliases()
        .ifPresent(
            file ->
                attach(
                    file,
                    ALIAS_COLUMNS,
                    drafts,
                    errors,
                    (draft, row) -> draft.addAlias(row.field(3))));
    files
        .addresses()
        .ifPresent(
            file ->
                attach(
                    file, ADDRESS_COLUMNS, drafts, errors, (draft, row) -> draft.addAddress(row)));
    List<Party> parties = new ArrayList<>(drafts.size());
    String file = files.primary().toString();
    for (Draft draft : drafts.values()) {
      parties.add(draft.toParty(listId, listDate, file));
    }
    return new MappedList(parties, errors, Optional.empty());
  }

  private interface Attachment {
    void apply(Draft draft, LegacyRow row);
  }

  private static void attach(
      java.nio.file.Path file,
      int columns,
      Map<String, Draft> drafts,
      List<InputError> errors,
      Attachment how) {
    ReadResult<LegacyRow> rows = LegacyCsvReader.read(file, columns);
    errors.addAll(rows.errors());
    for (LegacyRow row : rows.rows()) {
      Draft draft = drafts.get(row.entryNumber());
      if (draft == null) {
        errors.add(
            InputError.of(
                file.toString(),
                row.line(),
                ListErrors.ORPHAN_ROW,
                "entry " + row.entryNumber() + " is not in the primary file; skipping row"));
      } else {
        how.apply(draft, row);
      }
    }
  }

  /** Mutable, confined to one map call. */
  private static final class Draft {
    private final LegacyRow row;
    private final StringBuilder remarks;
    private final List<String> aliases = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();

    Draft(LegacyRow row) {
      this.row = row;
      this.remarks = new StringBuilder(row.field(11));
    }

    void addAlias(String alias) {
      if (!alias.isEmpty() && !aliases.contains(alias) && !alias.equals(row.field(1))) {
        aliases.add(alias);
      }
    }

    void addAddress(LegacyRow address) {
      if (!(address.field(2) + address.field(3) + address.field(4)).isEmpty()) {
        addresses.add(new Address(address.field(2), address.field(3), "", "", address.field(4)));
      }
    }

    Party toParty(String listId, Optional<LocalDate> listDate, String file) {
      String text = remarks.toString().strip();
      Remarks.weakAliases(text).forEach(this::addAlias);
      List<String> countries = new ArrayList<>();
      for (Address address : addresses) {
        addCountry(countries, address.country());
      }
      Remarks.nationalities(text).forEach(country -> addCountry(countries, country));
      addCountry(countries, row.field(9));
      List<Identifier> identifiers = new ArrayList<>();
      if (!row.field(5).isEmpty()) {
        identifiers.add(new Identifier("call-sign", row.field(5), ""));
      }
      String entry = row.entryNumber();
      return new Party(
              listId + ":" + entry,
              type(row.field(2)),
              row.field(1),
              aliases,
              addresses,
              countries,
              programs(row.field(3)),
              Remarks.birthDates(text),
              identifiers,
              text,
              new SourceRef(listId, entry, listDate, file))
          .withFeatures(
              RemarkFeatures.of(text, addresses, type(row.field(2)), row.field(5), row.field(9)));
    }

    private static void addCountry(List<String> countries, String country) {
      if (!country.isEmpty() && !countries.contains(country)) {
        countries.add(country);
      }
    }
  }

  /** OFAC joins programs as {@code SDGT] [IRAN}; some files keep the outer brackets too. */
  static List<String> programs(String field) {
    List<String> programs = new ArrayList<>();
    for (String part : field.split("\\]\\s*\\[")) {
      String program = part.replace("[", "").replace("]", "").strip();
      if (!program.isEmpty()) {
        programs.add(program);
      }
    }
    return programs;
  }

  static PartyType type(String field) {
    switch (field.toLowerCase(java.util.Locale.ROOT)) {
      case "individual":
        return PartyType.INDIVIDUAL;
      case "vessel":
        return PartyType.VESSEL;
      case "aircraft":
        return PartyType.AIRCRAFT;
      case "":
      case "entity":
        return PartyType.ENTITY;
      default:
        return PartyType.UNKNOWN;
    }
  }
}
