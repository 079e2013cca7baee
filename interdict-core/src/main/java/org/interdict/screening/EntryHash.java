package org.interdict.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.interdict.model.Address;
import org.interdict.model.Identifier;
import org.interdict.model.Party;

/**
 * The SHA-256 of a list entry's canonical serialization: every field of the {@link Party} in a
 * fixed order, each string length-prefixed, so any change to the entry (a new alias, a program, an
 * address) changes the hash and two loads of the same entry hash alike. The list's date and file
 * are not part of the entry. Stateless, thread-safe.
 */
public final class EntryHash {
  private EntryHash() {}

  /** Lower-case hex SHA-256 of the party's canonical form. */
  public static String of(Party party) {
    StringBuilder text = new StringBuilder(256);
    field(text, party.id());
    field(text, party.type().id());
    field(text, party.primaryName());
    list(text, party.aliases());
    text.append('[').append(party.addresses().size()).append(']');
    for (Address a : party.addresses()) {
      list(text, List.of(a.street(), a.city(), a.region(), a.postalCode(), a.country()));
    }
    list(text, party.countries());
    list(text, party.programs());
    list(text, party.dates());
    text.append('[').append(party.identifiers().size()).append(']');
    for (Identifier i : party.identifiers()) {
      list(text, List.of(i.type(), i.value(), i.country()));
    }
    field(text, party.remarks());
    field(text, party.source().listId());
    field(text, party.source().entryId());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void list(StringBuilder text, List<String> values) {
    text.append('[').append(values.size()).append(']');
    values.forEach(v -> field(text, v));
  }

  private static void field(StringBuilder text, String value) {
    text.append(value.length()).append(':').append(value);
  }
}
