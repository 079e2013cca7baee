package org.interdict.lists.un;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interdict.model.Address;
import org.interdict.model.Identifier;

/** Collects one entry's values; confined to one read call. */
final class EntryBuilder {
  private final boolean individual;
  private final long line;
  private final Map<String, String> direct = new HashMap<>();
  private final List<String> aliases = new ArrayList<>();
  private final List<String> originalScript = new ArrayList<>();
  private final List<String> nationalities = new ArrayList<>();
  private final List<Address> addresses = new ArrayList<>();
  private final List<String> birthDates = new ArrayList<>();
  private final List<Identifier> documents = new ArrayList<>();
  private final Map<String, String> group = new HashMap<>();

  EntryBuilder(boolean individual, long line) {
    this.individual = individual;
    this.line = line;
  }

  void start(String element) {
    if (element.endsWith("_ALIAS")
        || element.endsWith("_ADDRESS")
        || element.endsWith("_DATE_OF_BIRTH")
        || element.endsWith("_DOCUMENT")) {
      group.clear();
    }
  }

  void value(String parent, String element, String value) {
    String owner = individual ? "INDIVIDUAL" : "ENTITY";
    if (parent.equals(owner)) {
      endGroup(element);
      if (element.equals("NAME_ORIGINAL_SCRIPT")) {
        addIfNew(originalScript, value);
      } else if (!value.isEmpty()) {
        direct.put(element, value);
      }
    } else if (parent.equals("NATIONALITY") && element.equals("VALUE")) {
      addIfNew(nationalities, value);
    } else {
      group.put(element, value);
    }
  }

  private void endGroup(String element) {
    if (element.endsWith("_ALIAS")) {
      addIfNew(aliases, group.getOrDefault("ALIAS_NAME", ""));
    } else if (element.endsWith("_ADDRESS")) {
      Address address =
          new Address(
              group.getOrDefault("STREET", ""),
              group.getOrDefault("CITY", ""),
              group.getOrDefault("STATE_PROVINCE", ""),
              group.getOrDefault("ZIP_CODE", ""),
              group.getOrDefault("COUNTRY", ""));
      if (!(address.street() + address.city() + address.region() + address.country()).isEmpty()) {
        addresses.add(address);
      }
    } else if (element.endsWith("_DATE_OF_BIRTH")) {
      String when = group.getOrDefault("DATE", group.getOrDefault("YEAR", ""));
      if (when.isEmpty() && group.containsKey("FROM_YEAR")) {
        when = group.get("FROM_YEAR") + "-" + group.getOrDefault("TO_YEAR", "");
      }
      addIfNew(birthDates, when.isEmpty() ? "" : "DOB " + when);
    } else if (element.endsWith("_DOCUMENT")) {
      String number = group.getOrDefault("NUMBER", "");
      if (!number.isEmpty()) {
        documents.add(
            new Identifier(
                group.getOrDefault("TYPE_OF_DOCUMENT", ""),
                number,
                group.getOrDefault("ISSUING_COUNTRY", group.getOrDefault("COUNTRY_OF_ISSUE", ""))));
      }
    }
    group.clear();
  }

  private static void addIfNew(List<String> values, String value) {
    if (!value.isEmpty() && !values.contains(value)) {
      values.add(value);
    }
  }

  UnEntry build() {
    List<String> parts = new ArrayList<>();
    for (String part : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
      String value = direct.getOrDefault(part, "");
      if (!value.isEmpty()) {
        parts.add(value);
      }
    }
    return new UnEntry(
        individual,
        line,
        direct.getOrDefault("DATAID", ""),
        direct.getOrDefault("REFERENCE_NUMBER", ""),
        parts,
        aliases,
        originalScript,
        direct.getOrDefault("UN_LIST_TYPE", ""),
        direct.getOrDefault("LISTED_ON", ""),
        nationalities,
        addresses,
        birthDates,
        documents,
        direct.getOrDefault("COMMENTS1", ""));
  }
}
