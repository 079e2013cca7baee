package org.interdict.lists.eu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interdict.lists.DuplicateEntries;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.lists.WeakAliases;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;

/**
 * Maps FSF entries to parties with ids {@code eu-fsf:<logicalId>}. The primary name is the first
 * strong {@code nameAlias} (its wholeName, else its name parts); every other name, in every
 * language, is an alias. Weak aliases ({@code strong="false"}) are aliases too and are named in the
 * remarks ({@code Weak aliases: 'NAME'}), as OFAC's weak a.k.a. stay visible in its remarks.
 * Programs are the regulations' programme codes ({@code UKR}, {@code RUS}...). Stateless and
 * thread-safe.
 */
public final class Mapper {
  public static final String LIST_ID = EuList.ID;

  private Mapper() {}

  /** Reads and maps one FSF file, XML or (by its {@code .csv} name) CSV. */
  public static MappedList map(Path file) {
    Reader.Result read = Reader.read(file);
    List<InputError> errors = new ArrayList<>(read.errors());
    List<Party> parties = new ArrayList<>();
    DuplicateEntries seen = new DuplicateEntries(errors);
    for (EuEntry entry : read.entries()) {
      String primary = primaryName(entry);
      if (primary.isEmpty() || entry.logicalId().isEmpty()) {
        errors.add(
            InputError.of(
                file.toString(),
                entry.line(),
                primary.isEmpty() ? ListErrors.MISSING_NAME : ListErrors.MALFORMED_ROW,
                "entry "
                    + (entry.logicalId().isEmpty() ? entry.euReference() : entry.logicalId())
                    + (primary.isEmpty() ? " has no name" : " has no logicalId")
                    + "; skipping entry"));
        continue;
      }
      if (!seen.admit(
          entry.logicalId(),
          entry,
          () ->
              InputError.of(
                  file.toString(),
                  entry.line(),
                  ListErrors.DUPLICATE_ENTRY,
                  "entry " + entry.logicalId() + " appears again; skipping this entry"))) {
        continue;
      }
      parties.add(toParty(entry, primary, read, file.toString()));
    }
    return new MappedList(parties, errors, read.generated());
  }

  private static Party toParty(EuEntry entry, String primary, Reader.Result read, String file) {
    List<String> aliases = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    for (EuEntry.EuName name : entry.names()) {
      String alias = name.display();
      if (!alias.equals(primary) && !aliases.contains(alias)) {
        aliases.add(alias);
        if (!name.strong()) {
          weak.add(alias);
        }
      }
    }
    List<String> countries = new ArrayList<>(entry.citizenships());
    entry.addresses().forEach(address -> addIfNew(countries, address.country()));
    List<String> programs = new ArrayList<>();
    entry.regulations().forEach(regulation -> addIfNew(programs, regulation.programme()));
    List<String> dates = new ArrayList<>();
    entry.birthDates().forEach(date -> dates.add("DOB " + date));
    if (!entry.designationDate().isEmpty()) {
      dates.add("listed " + entry.designationDate());
    }
    return new Party(
            LIST_ID + ":" + entry.logicalId(),
            type(entry.subjectType()),
            primary,
            aliases,
            entry.addresses(),
            countries,
            programs,
            dates,
            entry.identifiers(),
            remarks(entry, weak),
            new SourceRef(LIST_ID, entry.logicalId(), read.generated(), file))
        .withFeatures(EntryFeatures.of(entry));
  }

  private static String primaryName(EuEntry entry) {
    for (EuEntry.EuName name : entry.names()) {
      if (name.strong() && !name.display().isEmpty()) {
        return name.display();
      }
    }
    return entry.names().isEmpty() ? "" : entry.names().get(0).display();
  }

  private static String remarks(EuEntry entry, List<String> weak) {
    List<String> parts = new ArrayList<>(entry.remarks());
    List<String> functions = new ArrayList<>();
    entry.names().forEach(name -> addIfNew(functions, name.function().strip()));
    if (!functions.isEmpty()) {
      parts.add("Function: " + String.join("; ", functions) + ".");
    }
    WeakAliases.describe(weak).ifPresent(parts::add);
    if (!entry.euReference().isEmpty()) {
      parts.add("EU reference " + entry.euReference() + ".");
    }
    if (!entry.unId().isEmpty()) {
      parts.add("UN reference " + entry.unId() + ".");
    }
    for (EuEntry.Regulation regulation : entry.regulations()) {
      if (!regulation.numberTitle().isEmpty()) {
        parts.add(
            "Regulation "
                + regulation.numberTitle()
                + (regulation.publicationDate().isEmpty()
                    ? ""
                    : " of " + regulation.publicationDate())
                + ".");
      }
    }
    return String.join(" ", parts);
  }

  static PartyType type(String subjectType) {
    switch (subjectType) {
      case "person":
      case "p":
        return PartyType.INDIVIDUAL;
      case "enterprise":
      case "e":
        return PartyType.ENTITY;
      default:
        return PartyType.UNKNOWN;
    }
  }

  private static void addIfNew(List<String> values, String value) {
    if (!value.isEmpty() && !values.contains(value)) {
      values.add(value);
    }
  }
}
