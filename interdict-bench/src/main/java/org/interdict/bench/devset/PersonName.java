package org.interdict.bench.devset;

import java.util.Arrays;
import java.util.List;

/**
 * A listed person's name split into given names and surname: {@code SURNAME, Given Names} as OFAC
 * and the CSL write it, otherwise the last token is taken as the surname (UN, DPL, curated).
 */
record PersonName(List<String> given, List<String> surname, boolean surnameFirst) {
  static PersonName parse(String name) {
    int comma = name.indexOf(',');
    if (comma > 0) {
      return new PersonName(
          tokens(name.substring(comma + 1)), tokens(name.substring(0, comma)), true);
    }
    List<String> all = tokens(name);
    if (all.size() < 2) {
      return new PersonName(List.of(), all, false);
    }
    return new PersonName(
        all.subList(0, all.size() - 1), all.subList(all.size() - 1, all.size()), false);
  }

  private static List<String> tokens(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
  }

  boolean usable() {
    return !given.isEmpty() && !surname.isEmpty();
  }

  String natural() {
    return String.join(" ", given) + " " + String.join(" ", surname);
  }

  String surnameCommaGiven() {
    return String.join(" ", surname) + ", " + String.join(" ", given);
  }

  /** The same order the list used, for variants that change the parts but not the order. */
  String asListed(List<String> newGiven) {
    return surnameFirst
        ? String.join(" ", surname) + ", " + String.join(" ", newGiven)
        : String.join(" ", newGiven) + " " + String.join(" ", surname);
  }
}
