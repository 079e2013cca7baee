package org.interdict.lists.eu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interdict.model.Address;
import org.interdict.model.Identifier;

/**
 * Collects one entry's values without repeats (the CSV repeats them on every row). Mutable,
 * confined to one read call.
 */
final class EntryBuilder {
  private final long line;
  private final String logicalId;
  private String euReference = "";
  private String unId = "";
  private String designationDate = "";
  private String subjectType = "";
  private final List<String> remarks = new ArrayList<>();
  private final List<EuEntry.EuName> names = new ArrayList<>();
  private final List<String> citizenships = new ArrayList<>();
  private final List<String> birthDates = new ArrayList<>();
  private final List<Address> addresses = new ArrayList<>();
  private final List<Identifier> identifiers = new ArrayList<>();
  private final List<EuEntry.Regulation> regulations = new ArrayList<>();

  EntryBuilder(long line, String logicalId) {
    this.line = line;
    this.logicalId = clean(logicalId);
  }

  EntryBuilder references(String euReference, String unId, String designationDate) {
    this.euReference = first(this.euReference, euReference);
    this.unId = first(this.unId, unId);
    this.designationDate = first(this.designationDate, designationDate);
    return this;
  }

  void subjectType(String code) {
    subjectType = first(subjectType, code);
  }

  void remark(String text) {
    addIfNew(remarks, clean(text));
  }

  void name(EuEntry.EuName name) {
    if (!name.display().isEmpty() && !names.contains(name)) {
      names.add(name);
    }
  }

  void regulation(String programme, String numberTitle, String publicationDate) {
    EuEntry.Regulation regulation =
        new EuEntry.Regulation(clean(programme), clean(numberTitle), clean(publicationDate));
    if (!(regulation.programme() + regulation.numberTitle()).isEmpty()
        && !regulations.contains(regulation)) {
      regulations.add(regulation);
    }
  }

  void citizenship(String description, String iso2) {
    addIfNew(citizenships, country(description, iso2));
  }

  /**
   * A birth date from the full date, or else day/month/year parts; {@code circa} as the file flags
   * it.
   */
  void birthDate(String date, String year, String month, String day, String circa) {
    String when = clean(date);
    if (when.isEmpty() && !clean(year).isEmpty()) {
      when = clean(year);
      if (!clean(month).isEmpty()) {
        when += "-" + pad(month) + (clean(day).isEmpty() ? "" : "-" + pad(day));
      }
    }
    if (!when.isEmpty()) {
      addIfNew(birthDates, (clean(circa).equalsIgnoreCase("true") ? "circa " : "") + when);
    }
  }

  void address(
      String street,
      String poBox,
      String place,
      String city,
      String region,
      String zip,
      String description,
      String iso2) {
    String streetPart =
        String.join(
            ", ",
            List.of(
                    clean(street),
                    clean(poBox).isEmpty() ? "" : "PO Box " + clean(poBox),
                    clean(place))
                .stream()
                .filter(part -> !part.isEmpty())
                .toList());
    Address address =
        new Address(streetPart, clean(city), clean(region), clean(zip), country(description, iso2));
    if (!(address.street()
                + address.city()
                + address.region()
                + address.postalCode()
                + address.country())
            .isEmpty()
        && !addresses.contains(address)) {
      addresses.add(address);
    }
  }

  void identification(
      String number,
      String latinNumber,
      String typeDescription,
      String typeCode,
      String description,
      String iso2) {
    String value = clean(number).isEmpty() ? clean(latinNumber) : clean(number);
    String type = clean(typeDescription).isEmpty() ? clean(typeCode) : clean(typeDescription);
    Identifier identifier = new Identifier(type, value, country(description, iso2));
    if (!value.isEmpty() && !identifiers.contains(identifier)) {
      identifiers.add(identifier);
    }
  }

  EuEntry build() {
    return new EuEntry(
        line,
        logicalId,
        euReference,
        unId,
        designationDate,
        subjectType.toLowerCase(Locale.ROOT),
        remarks,
        names,
        citizenships,
        birthDates,
        addresses,
        identifiers,
        regulations);
  }

  /**
   * The description unless it is the file's {@code UNKNOWN}; else the ISO code unless it is {@code
   * 00}.
   */
  private static String country(String description, String iso2) {
    String text = clean(description);
    if (!text.isEmpty() && !text.equalsIgnoreCase("UNKNOWN")) {
      return text;
    }
    String code = clean(iso2);
    return code.equals("00") ? "" : code;
  }

  private static String pad(String number) {
    String text = clean(number);
    return text.length() == 1 ? "0" + text : text;
  }

  private static String first(String current, String candidate) {
    return current.isEmpty() ? clean(candidate) : current;
  }

  static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  private static void addIfNew(List<String> values, String value) {
    if (!value.isEmpty() && !values.contains(value)) {
      values.add(value);
    }
  }
}
