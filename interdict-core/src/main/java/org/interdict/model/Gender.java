package org.interdict.model;

import java.util.Locale;

/**
 * A person's gender as a list states it; {@code UNKNOWN} when it does not. Ids appear in outputs.
 */
public enum Gender {
  UNKNOWN("unknown"),
  MALE("male"),
  FEMALE("female");

  private final String id;

  Gender(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** {@code Male}, {@code m}, {@code female}, {@code F}...; anything else is {@code UNKNOWN}. */
  public static Gender parse(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "male", "m", "man":
        return MALE;
      case "female", "f", "woman":
        return FEMALE;
      default:
        return UNKNOWN;
    }
  }
}
