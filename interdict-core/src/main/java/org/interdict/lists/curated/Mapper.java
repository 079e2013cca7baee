package org.interdict.lists.curated;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.DuplicateEntries;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.lists.UnreadableListException;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceLocation;
import org.interdict.model.SourceRef;

/**
 * Maps curated entries to parties with ids {@code interdict-curated:<id>}. The entry's citation is
 * kept at the start of the remarks ("Source: ...") so every match can show where the fact came
 * from.
 */
public final class Mapper {
  public static final String LIST_ID = CuratedList.ID;

  /** The bundled snapshot, as a class-path resource. */
  public static final String BUNDLED_RESOURCE = "/org/interdict/lists/curated/kaspersky.yaml";

  private Mapper() {}

  /**
   * Reads the snapshot bundled in the jar; a missing resource means a broken build, so it throws.
   */
  public static Reader.Result readBundled() {
    try (InputStream in = Mapper.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new UnreadableListException(
            "bundled list resource " + BUNDLED_RESOURCE + " is missing from the jar");
      }
      return Reader.read(in, "classpath:" + BUNDLED_RESOURCE.substring(1));
    } catch (IOException e) {
      throw new UnreadableListException("cannot read bundled list resource " + BUNDLED_RESOURCE, e);
    }
  }

  public static MappedList map(Reader.Result snapshot, String fileName) {
    List<InputError> errors = new ArrayList<>(snapshot.errors());
    List<Party> parties = new ArrayList<>();
    DuplicateEntries seen = new DuplicateEntries(errors);
    for (CuratedEntry entry : snapshot.entries()) {
      PartyType type;
      try {
        type = PartyType.fromId(entry.type());
      } catch (IllegalArgumentException e) {
        errors.add(
            new InputError(
                SourceLocation.ofPointer(fileName, "/entries"),
                ListErrors.MALFORMED_ROW,
                "entry " + entry.id() + ": " + e.getMessage() + "; skipping entry"));
        continue;
      }
      if (!seen.admit(
          entry.id(),
          entry,
          () ->
              new InputError(
                  SourceLocation.ofPointer(fileName, "/entries"),
                  ListErrors.DUPLICATE_ENTRY,
                  "entry " + entry.id() + " appears again; skipping this entry"))) {
        continue;
      }
      String remarks =
          "Source: " + entry.source() + (entry.remarks().isEmpty() ? "" : ". " + entry.remarks());
      parties.add(
          new Party(
                  LIST_ID + ":" + entry.id(),
                  type,
                  entry.name(),
                  entry.aliases(),
                  entry.addresses(),
                  entry.countries(),
                  entry.programs(),
                  List.of("listed " + entry.listDate()),
                  List.of(),
                  remarks,
                  new SourceRef(LIST_ID, entry.id(), Optional.of(entry.listDate()), fileName))
              .withFeatures(EntryFeatures.of(entry, type)));
    }
    return new MappedList(parties, errors, snapshot.asOf());
  }
}
