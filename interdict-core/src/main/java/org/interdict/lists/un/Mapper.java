package org.interdict.lists.un;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interdict.lists.DuplicateEntries;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;

/**
 * Maps UN entries to parties with ids {@code un-sc-consolidated:<REFERENCE_NUMBER>} (for example
 * {@code QDi.001}; DATAID when the reference is missing). The primary name joins FIRST..FOURTH_NAME
 * in list order; aliases of every quality and NAME_ORIGINAL_SCRIPT forms become aliases; an entity
 * name written as {@code A ; B} also yields A and B as aliases. The program is UN_LIST_TYPE (the
 * sanctions regime).
 */
public final class Mapper {
  public static final String LIST_ID = UnList.ID;

  private Mapper() {}

  public static MappedList map(Path file) {
    Reader.Result read = Reader.read(file);
    List<InputError> errors = new ArrayList<>(read.errors());
    List<Party> parties = new ArrayList<>();
    DuplicateEntries seen = new DuplicateEntries(errors);
    for (UnEntry entry : read.entries()) {
      String entryId = entry.referenceNumber().isEmpty() ? entry.dataId() : entry.referenceNumber();
      String name = String.join(" ", entry.nameParts()).strip();
      if (name.isEmpty() || entryId.isEmpty()) {
        errors.add(
            InputError.of(
                file.toString(),
                entry.line(),
                name.isEmpty() ? ListErrors.MISSING_NAME : ListErrors.MALFORMED_ROW,
                "entry "
                    + entryId
                    + (name.isEmpty() ? " has no name" : " has no REFERENCE_NUMBER nor DATAID")
                    + "; skipping entry"));
        continue;
      }
      if (!seen.admit(
          entryId,
          entry,
          () ->
              InputError.of(
                  file.toString(),
                  entry.line(),
                  ListErrors.DUPLICATE_ENTRY,
                  "entry " + entryId + " appears again; skipping this entry"))) {
        continue;
      }
      List<String> aliases = new ArrayList<>();
      if (!entry.individual() && name.contains(" ; ")) {
        for (String part : name.split("\\s+;\\s+")) {
          addIfNew(aliases, part.strip(), name);
        }
      }
      entry.aliases().forEach(alias -> addIfNew(aliases, alias, name));
      entry.originalScriptNames().forEach(alias -> addIfNew(aliases, alias, name));
      List<String> dates = new ArrayList<>(entry.birthDates());
      if (!entry.listedOn().isEmpty()) {
        dates.add("listed " + entry.listedOn());
      }
      List<String> countries = new ArrayList<>(entry.nationalities());
      entry.addresses().forEach(address -> addIfNew(countries, address.country(), ""));
      parties.add(
          new Party(
                  LIST_ID + ":" + entryId,
                  entry.individual() ? PartyType.INDIVIDUAL : PartyType.ENTITY,
                  name,
                  aliases,
                  entry.addresses(),
                  countries,
                  entry.listType().isEmpty() ? List.of() : List.of(entry.listType()),
                  dates,
                  entry.documents(),
                  entry.comments(),
                  new SourceRef(LIST_ID, entryId, read.generated(), file.toString()))
              .withFeatures(EntryFeatures.of(entry)));
    }
    return new MappedList(parties, errors, read.generated());
  }

  private static void addIfNew(List<String> values, String value, String primary) {
    if (!value.isEmpty() && !value.equals(primary) && !values.contains(value)) {
      values.add(value);
    }
  }
}
