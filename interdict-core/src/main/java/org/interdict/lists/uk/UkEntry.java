package org.interdict.lists.uk;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.interdict.model.Address;
import org.interdict.model.Identifier;

/**
 * One designation of the UK Sanctions List as the file gives it, one per Unique ID. Dates are as
 * written ({@code dd/mm/yyyy}, unknown parts as {@code dd}, {@code mm} or {@code 00}); {@code type}
 * is the Individual/Entity/Ship value.
 */
record UkEntry(
    long line,
    String uniqueId,
    String groupId,
    String unReference,
    String type,
    List<UkName> names,
    List<String> nonLatinNames,
    String regime,
    String designationSource,
    String sanctionsImposed,
    String otherInformation,
    String statementOfReasons,
    String dateDesignated,
    List<Address> addresses,
    List<String> birthDates,
    List<String> nationalities,
    List<Identifier> identifiers,
    List<String> flags) {
  UkEntry {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    nonLatinNames = List.copyOf(nonLatinNames);
    addresses = List.copyOf(addresses);
    birthDates = List.copyOf(birthDates);
    nationalities = List.copyOf(nationalities);
    identifiers = List.copyOf(identifiers);
    flags = List.copyOf(flags);
  }

  /**
   * A name (Name 1-5 then Name 6, the surname or whole entity name), its Name type and Alias
   * strength.
   */
  record UkName(String name, String nameType, String aliasStrength) {
    boolean primary() {
      return nameType.strip().equalsIgnoreCase("Primary Name");
    }

    /**
     * "Low quality a.k.a" (the UN's low-quality aliases) is weak; blank or "Good quality" is not.
     */
    boolean weak() {
      return aliasStrength.strip().toLowerCase(Locale.ROOT).startsWith("low");
    }
  }
}
