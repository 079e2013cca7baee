package org.interdict.lists.dpl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interdict.lists.DuplicateEntries;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.lists.ReadResult;
import org.interdict.model.Address;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;

/**
 * Maps DPL rows to parties. The file has no entry ids, so the id is the first 12 hex digits of a
 * SHA-256 of name, street, city and effective date: stable across snapshots while those stay the
 * same. The DPL does not say whether a party is a person or a company, so the type is {@code
 * unknown}.
 */
public final class Mapper {
  public static final String LIST_ID = DplList.ID;

  private Mapper() {}

  public static MappedList map(Path file, Optional<LocalDate> listDate) {
    ReadResult<Reader.Row> read = Reader.read(file);
    List<InputError> errors = new ArrayList<>(read.errors());
    List<Party> parties = new ArrayList<>();
    DuplicateEntries seen = new DuplicateEntries(errors);
    for (Reader.Row row : read.rows()) {
      List<String> f = row.fields();
      if (f.get(0).isEmpty()) {
        errors.add(
            InputError.of(
                file.toString(),
                row.line(),
                ListErrors.MISSING_NAME,
                "row has no name; skipping row"));
        continue;
      }
      String entryId = entryId(f.get(0), f.get(1), f.get(2), f.get(6));
      if (!seen.admit(
          entryId,
          row,
          () ->
              InputError.of(
                  file.toString(),
                  row.line(),
                  ListErrors.DUPLICATE_ENTRY,
                  "the same name, address and date appear again with other details; skipping this row"))) {
        continue; // a verbatim repeat (the real 2023-11-30 file has two) is folded: nothing is lost
      }
      Address address = new Address(f.get(1), f.get(2), f.get(3), f.get(5), f.get(4));
      List<String> dates = new ArrayList<>();
      if (!f.get(6).isEmpty()) {
        dates.add("effective " + f.get(6));
      }
      if (!f.get(7).isEmpty()) {
        dates.add("expires " + f.get(7));
      }
      String remarks =
          (f.get(10) + (f.get(11).isEmpty() ? "" : "; FR citation: " + f.get(11))).strip();
      parties.add(
          new Party(
                  LIST_ID + ":" + entryId,
                  PartyType.UNKNOWN,
                  f.get(0),
                  List.of(),
                  List.of(address),
                  f.get(4).isEmpty() ? List.of() : List.of(f.get(4)),
                  List.of("denied-persons-list"),
                  dates,
                  List.of(),
                  remarks,
                  new SourceRef(LIST_ID, entryId, listDate, file.toString()))
              .withFeatures(PartyFeatures.builder().addressCountry(f.get(4)).build()));
    }
    return new MappedList(parties, errors, Optional.empty());
  }

  static String entryId(String name, String street, String city, String effective) {
    String key = String.join("|", name, street, city, effective).toUpperCase(Locale.ROOT);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
