package org.interdict.lists.eu;

import java.util.List;
import java.util.Objects;
import org.interdict.model.Address;
import org.interdict.model.Identifier;

/**
 * One {@code sanctionEntity} as the FSF file gives it. Countries are the file's {@code
 * countryDescription} (its ISO code when the description is missing); birth dates are ISO dates,
 * year-month or years as written, prefixed {@code circa} when the file says so.
 */
record EuEntry(
    long line,
    String logicalId,
    String euReference,
    String unId,
    String designationDate,
    String subjectType,
    List<String> remarks,
    List<EuName> names,
    List<String> citizenships,
    List<String> birthDates,
    List<Address> addresses,
    List<Identifier> identifiers,
    List<Regulation> regulations) {
  EuEntry {
    Objects.requireNonNull(logicalId, "logicalId");
    Objects.requireNonNull(euReference, "euReference");
    Objects.requireNonNull(unId, "unId");
    Objects.requireNonNull(designationDate, "designationDate");
    Objects.requireNonNull(subjectType, "subjectType");
    remarks = List.copyOf(remarks);
    names = List.copyOf(names);
    citizenships = List.copyOf(citizenships);
    birthDates = List.copyOf(birthDates);
    addresses = List.copyOf(addresses);
    identifiers = List.copyOf(identifiers);
    regulations = List.copyOf(regulations);
  }

  /** One {@code nameAlias}; {@code strong=false} marks a weak (low-quality) alias. */
  record EuName(
      String wholeName,
      String firstName,
      String middleName,
      String lastName,
      String function,
      String language,
      boolean strong) {
    /** The whole name, or the name parts joined when the file gives no whole name. */
    String display() {
      if (!wholeName.isBlank()) {
        return wholeName.strip();
      }
      return String.join(" ", firstName.strip(), middleName.strip(), lastName.strip())
          .strip()
          .replaceAll("\\s+", " ");
    }
  }

  /**
   * The legal act an entry is listed by: programme code (e.g. {@code UKR}), number and title,
   * publication date.
   */
  record Regulation(String programme, String numberTitle, String publicationDate) {}
}
