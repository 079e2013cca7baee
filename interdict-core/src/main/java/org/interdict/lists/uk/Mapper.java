package org.interdict.lists.uk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interdict.lists.DuplicateEntries;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.lists.WeakAliases;
import org.interdict.model.Identifier;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;

/**
 * Maps UK Sanctions List designations to parties with ids {@code uk-sanctions-list:<Unique ID>}
 * (for example {@code RUS0250}). The primary name is the first of Name type "Primary Name", written
 * Name 1-5 then Name 6; primary-name variations, aliases and non-Latin-script names are aliases.
 * Low-quality aliases are aliases too and are named in the remarks ({@code Weak aliases: 'NAME'}),
 * as OFAC's weak a.k.a. are. The program is the regime name as written. Stateless and thread-safe.
 */
public final class Mapper {
  public static final String LIST_ID = UkList.ID;

  private Mapper() {}

  /** Reads and maps one file, XML or (by its {@code .csv} name) CSV. */
  public static MappedList map(Path file) {
    Reader.Result read = Reader.read(file);
    List<InputError> errors = new ArrayList<>(read.errors());
    List<Party> parties = new ArrayList<>();
    DuplicateEntries seen = new DuplicateEntries(errors);
    for (UkEntry entry : read.entries()) {
      String primary = primaryName(entry);
      if (primary.isEmpty() || entry.uniqueId().isEmpty()) {
        errors.add(
            InputError.of(
                file.toString(),
                entry.line(),
                primary.isEmpty() ? ListErrors.MISSING_NAME : ListErrors.MALFORMED_ROW,
                "designation "
                    + entry.uniqueId()
                    + (primary.isEmpty() ? " has no name" : " has no Unique ID")
                    + "; skipping designation"));
        continue;
      }
      if (!seen.admit(
          entry.uniqueId(),
          entry,
          () ->
              InputError.of(
                  file.toString(),
                  entry.line(),
                  ListErrors.DUPLICATE_ENTRY,
                  "designation "
                      + entry.uniqueId()
                      + " appears again; skipping this designation"))) {
        continue;
      }
      parties.add(toParty(entry, primary, read, file.toString()));
    }
    return new MappedList(parties, errors, read.generated());
  }

  private static Party toParty(UkEntry entry, String primary, Reader.Result read, String file) {
    List<String> aliases = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    for (UkEntry.UkName name : entry.names()) {
      if (!name.name().equals(primary) && !aliases.contains(name.name())) {
        aliases.add(name.name());
        if (name.weak()) {
          weak.add(name.name());
        }
      }
    }
    entry.nonLatinNames().forEach(name -> addIfNew(aliases, name, primary));
    List<String> countries = new ArrayList<>();
    entry.nationalities().forEach(country -> addIfNew(countries, country, ""));
    entry.addresses().forEach(address -> addIfNew(countries, address.country(), ""));
    entry.flags().forEach(flag -> addIfNew(countries, flag, ""));
    List<String> dates = new ArrayList<>();
    entry.birthDates().forEach(date -> addIfNew(dates, "DOB " + Dates.iso(date), ""));
    if (!entry.dateDesignated().isEmpty()) {
      dates.add("listed " + Dates.iso(entry.dateDesignated()));
    }
    List<Identifier> identifiers = new ArrayList<>(entry.identifiers());
    if (!entry.unReference().isEmpty()) {
      identifiers.add(new Identifier("un-reference-number", entry.unReference(), ""));
    }
    if (!entry.groupId().isEmpty()) {
      identifiers.add(new Identifier("ofsi-group-id", entry.groupId(), ""));
    }
    return new Party(
            LIST_ID + ":" + entry.uniqueId(),
            type(entry.type()),
            primary,
            aliases,
            entry.addresses(),
            countries,
            entry.regime().isEmpty() ? List.of() : List.of(entry.regime()),
            dates,
            identifiers,
            remarks(entry, weak),
            new SourceRef(LIST_ID, entry.uniqueId(), read.generated(), file))
        .withFeatures(EntryFeatures.of(entry, type(entry.type())));
  }

  private static String primaryName(UkEntry entry) {
    return entry.names().stream()
        .filter(UkEntry.UkName::primary)
        .findFirst()
        .or(() -> entry.names().stream().findFirst())
        .map(UkEntry.UkName::name)
        .orElse("");
  }

  private static String remarks(UkEntry entry, List<String> weak) {
    List<String> parts = new ArrayList<>();
    if (!entry.designationSource().isEmpty()) {
      parts.add("Designation source: " + entry.designationSource() + ".");
    }
    if (!entry.sanctionsImposed().isEmpty()) {
      parts.add(
          "Sanctions imposed: "
              + String.join("; ", entry.sanctionsImposed().split("\\s*\\|\\s*"))
              + ".");
    }
    WeakAliases.describe(weak).ifPresent(parts::add);
    if (!entry.otherInformation().isEmpty()) {
      parts.add(entry.otherInformation());
    }
    if (!entry.statementOfReasons().isEmpty()) {
      parts.add("Statement of reasons: " + entry.statementOfReasons());
    }
    return String.join(" ", parts);
  }

  static PartyType type(String value) {
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "individual":
        return PartyType.INDIVIDUAL;
      case "entity":
        return PartyType.ENTITY;
      case "ship":
        return PartyType.VESSEL;
      default:
        return PartyType.UNKNOWN;
    }
  }

  private static void addIfNew(List<String> values, String value, String primary) {
    if (!value.isEmpty() && !value.equals(primary) && !values.contains(value)) {
      values.add(value);
    }
  }
}
