package org.interdict.lists.csl;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * Maps CSL rows to parties. Each party's list id is its sub-list ({@code us-csl/entity-list}) and
 * its id is {@code <sub-list>:<_id>}. The "; and any successor, sub-unit, or subsidiary thereof"
 * boilerplate is cut from names because it is not part of any name a user would type. Rows whose
 * source is SDN are kept: the CSL is read as published; de-duplication against {@code us-ofac-sdn}
 * is screening's concern.
 */
public final class Mapper {
  public static final String LIST_ID = CslList.ID;
  private static final Pattern BOILERPLATE =
      Pattern.compile("\\s*[;,]?\\s*\\band any successor.*$", Pattern.CASE_INSENSITIVE);
  private static final String SEPARATOR = ";\\s+";

  private Mapper() {}

  public static MappedList map(Path file, Optional<LocalDate> listDate) {
    ReadResult<CslRow> read = Reader.read(file);
    List<InputError> errors = new ArrayList<>(read.errors());
    List<Party> parties = new ArrayList<>();
    DuplicateEntries seen = new DuplicateEntries(errors);
    for (CslRow row : read.rows()) {
      String name = BOILERPLATE.matcher(row.get("name")).replaceAll("").strip();
      String entryId = row.get("_id");
      if (name.isEmpty() || entryId.isEmpty()) {
        errors.add(
            InputError.of(
                file.toString(),
                row.line(),
                name.isEmpty() ? ListErrors.MISSING_NAME : ListErrors.MALFORMED_ROW,
                (name.isEmpty() ? "row has no name" : "row has no _id") + "; skipping row"));
        continue;
      }
      String subList = SubLists.idFor(row.get("source"));
      if (!seen.admit(
          subList + ":" + entryId,
          row,
          () ->
              InputError.of(
                  file.toString(),
                  row.line(),
                  ListErrors.DUPLICATE_ENTRY,
                  "entry " + entryId + " appears again; skipping this row"))) {
        continue;
      }
      parties.add(toParty(row, name, subList, entryId, listDate, file.toString()));
    }
    return new MappedList(parties, errors, Optional.empty());
  }

  private static Party toParty(
      CslRow row,
      String name,
      String subList,
      String entryId,
      Optional<LocalDate> listDate,
      String file) {
    List<String> aliases = new ArrayList<>();
    for (String alias : split(row.get("alt_names"))) {
      if (!alias.equals(name) && !aliases.contains(alias)) {
        aliases.add(alias);
      }
    }
    List<Address> addresses = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    for (String text : split(row.get("addresses"))) {
      int comma = text.lastIndexOf(',');
      String country = comma < 0 ? "" : text.substring(comma + 1).strip();
      boolean isCode = country.matches("[A-Z]{2}");
      addresses.add(
          new Address(
              isCode ? text.substring(0, comma).strip() : text, "", "", "", isCode ? country : ""));
      addIfNew(countries, isCode ? country : "");
    }
    split(row.get("nationalities")).forEach(country -> addIfNew(countries, country));
    split(row.get("citizenships")).forEach(country -> addIfNew(countries, country));
    List<String> dates = new ArrayList<>();
    split(row.get("dates_of_birth")).forEach(date -> dates.add("DOB " + date));
    if (!row.get("start_date").isEmpty()) {
      dates.add("listed " + row.get("start_date"));
    }
    List<Identifier> identifiers = new ArrayList<>();
    List<String[]> ids = new ArrayList<>();
    for (String text : split(row.get("ids"))) {
      String[] parts = text.split(",\\s*", 3);
      if (parts.length >= 2) {
        identifiers.add(new Identifier(parts[0], parts[1], parts.length == 3 ? parts[2] : ""));
        ids.add(parts);
      }
    }
    StringBuilder remarks = new StringBuilder(row.get("remarks"));
    if (!row.get("federal_register_notice").isEmpty()) {
      remarks
          .append(remarks.length() == 0 ? "" : " ")
          .append("FR notice: ")
          .append(row.get("federal_register_notice"));
    }
    return new Party(
            subList + ":" + entryId,
            type(row.get("type")),
            name,
            aliases,
            addresses,
            countries,
            split(row.get("programs")),
            dates,
            identifiers,
            remarks.toString(),
            new SourceRef(subList, entryId, listDate, file))
        .withFeatures(
            RowFeatures.of(
                row,
                addresses,
                type(row.get("type")),
                split(row.get("dates_of_birth")),
                split(row.get("nationalities")),
                split(row.get("citizenships")),
                ids));
  }

  private static void addIfNew(List<String> values, String value) {
    if (!value.isEmpty() && !values.contains(value)) {
      values.add(value);
    }
  }

  private static List<String> split(String cell) {
    List<String> values = new ArrayList<>();
    if (cell.isBlank()) {
      return values;
    }
    for (String value : cell.split(SEPARATOR)) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    return values;
  }

  static PartyType type(String value) {
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "individual":
        return PartyType.INDIVIDUAL;
      case "entity":
        return PartyType.ENTITY;
      case "vessel":
        return PartyType.VESSEL;
      case "aircraft":
        return PartyType.AIRCRAFT;
      default:
        return PartyType.UNKNOWN;
    }
  }
}
