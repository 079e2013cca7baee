package org.interdict.lists.uk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interdict.model.Address;
import org.interdict.model.Identifier;

/**
 * Collects one designation's values without repeats (the CSV repeats them on every row); single
 * values keep the first non-blank one. Field keys are the XML element names. Mutable, confined to
 * one read call.
 */
final class EntryBuilder {
  static final List<String> SINGLE =
      List.of(
          "UniqueID",
          "OFSIGroupID",
          "UNReferenceNumber",
          "IndividualEntityShip",
          "RegimeName",
          "DesignationSource",
          "SanctionsImposed",
          "OtherInformation",
          "UKStatementofReasons",
          "DateDesignated");

  private final long line;
  private final Map<String, String> single = new java.util.HashMap<>();
  private final List<UkEntry.UkName> names = new ArrayList<>();
  private final List<String> nonLatinNames = new ArrayList<>();
  private final List<Address> addresses = new ArrayList<>();
  private final List<String> birthDates = new ArrayList<>();
  private final List<String> nationalities = new ArrayList<>();
  private final List<Identifier> identifiers = new ArrayList<>();
  private final List<String> flags = new ArrayList<>();

  EntryBuilder(long line) {
    this.line = line;
  }

  /** Keeps the first non-blank value of a single-valued field such as {@code RegimeName}. */
  void single(String field, String value) {
    if (SINGLE.contains(field) && !clean(value).isEmpty()) {
      single.putIfAbsent(field, clean(value));
    }
  }

  /**
   * A name from its parts Name1..Name6, in that order (Name 6 last, as the surname is written
   * last).
   */
  void name(List<String> parts, String nameType, String aliasStrength) {
    String name =
        String.join(
            " ", parts.stream().map(EntryBuilder::clean).filter(p -> !p.isEmpty()).toList());
    UkEntry.UkName entry = new UkEntry.UkName(name, clean(nameType), clean(aliasStrength));
    if (!name.isEmpty() && !names.contains(entry)) {
      names.add(entry);
    }
  }

  void nonLatinName(String name) {
    addIfNew(nonLatinNames, name);
  }

  /** Address lines 1-5 as street, line 6 as town, then postal code and country. */
  void address(List<String> lines, String postalCode, String country) {
    List<String> street =
        lines.subList(0, Math.min(5, lines.size())).stream()
            .map(EntryBuilder::clean)
            .filter(part -> !part.isEmpty())
            .toList();
    String city = lines.size() > 5 ? clean(lines.get(5)) : "";
    Address address =
        new Address(String.join(", ", street), city, "", clean(postalCode), clean(country));
    if (!(address.street() + address.city() + address.postalCode() + address.country()).isEmpty()
        && !addresses.contains(address)) {
      addresses.add(address);
    }
  }

  void birthDate(String value) {
    addIfNew(birthDates, value);
  }

  void nationality(String value) {
    addIfNew(nationalities, value);
  }

  void flag(String value) {
    addIfNew(flags, value);
  }

  void identifier(String type, String value) {
    Identifier identifier = new Identifier(type, clean(value), "");
    if (!identifier.value().isEmpty() && !identifiers.contains(identifier)) {
      identifiers.add(identifier);
    }
  }

  UkEntry build() {
    return new UkEntry(
        line,
        get("UniqueID"),
        get("OFSIGroupID"),
        get("UNReferenceNumber"),
        get("IndividualEntityShip"),
        names,
        nonLatinNames,
        get("RegimeName"),
        get("DesignationSource"),
        get("SanctionsImposed"),
        get("OtherInformation"),
        get("UKStatementofReasons"),
        get("DateDesignated"),
        addresses,
        birthDates,
        nationalities,
        identifiers,
        flags);
  }

  private String get(String field) {
    return single.getOrDefault(field, "");
  }

  static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  private static void addIfNew(List<String> values, String value) {
    String text = clean(value);
    if (!text.isEmpty() && !values.contains(text)) {
      values.add(text);
    }
  }
}
