package org.interdict.lists.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interdict.model.Address;
import org.interdict.model.Identifier;
import org.interdict.model.Party;

/**
 * The fields of a party compared by the diff, each with a stable id, rendered as text values. The
 * source reference (file, list date) is not compared: it differs between every two snapshots by
 * construction.
 */
public final class PartyFields {
  public static final String NAME = "name";
  public static final String TYPE = "type";
  public static final String ALIASES = "aliases";
  public static final String ADDRESSES = "addresses";
  public static final String COUNTRIES = "countries";
  public static final String PROGRAMS = "programs";
  public static final String DATES = "dates";
  public static final String IDENTIFIERS = "identifiers";
  public static final String REMARKS = "remarks";

  /** Every field id, in the order changes are reported. */
  public static final List<String> IDS =
      List.of(NAME, TYPE, ALIASES, ADDRESSES, COUNTRIES, PROGRAMS, DATES, IDENTIFIERS, REMARKS);

  private PartyFields() {}

  /** Field id to values, in {@link #IDS} order. */
  public static Map<String, List<String>> of(Party party) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put(NAME, List.of(party.primaryName()));
    fields.put(TYPE, List.of(party.type().id()));
    fields.put(ALIASES, party.aliases());
    fields.put(ADDRESSES, party.addresses().stream().map(PartyFields::address).toList());
    fields.put(COUNTRIES, party.countries());
    fields.put(PROGRAMS, party.programs());
    fields.put(DATES, party.dates());
    fields.put(IDENTIFIERS, party.identifiers().stream().map(PartyFields::identifier).toList());
    fields.put(REMARKS, party.remarks().isEmpty() ? List.of() : List.of(party.remarks()));
    return fields;
  }

  static String address(Address address) {
    return join(
        address.street(),
        address.city(),
        address.region(),
        address.postalCode(),
        address.country());
  }

  static String identifier(Identifier identifier) {
    return join(identifier.type(), identifier.value(), identifier.country());
  }

  private static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (!part.isEmpty()) {
        text.append(text.length() == 0 ? "" : ", ").append(part);
      }
    }
    return text.toString();
  }
}
