package org.interdict.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifier as a screening feature: its kind, the value folded for comparison (letters and
 * digits only, upper case), the issuing country (alpha-2 when known, "" when not), and the label
 * and value as written.
 */
public record PartyIdentifier(
    IdentifierKind kind, String value, String country, String rawType, String rawValue) {
  public PartyIdentifier {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(rawType, "rawType");
    Objects.requireNonNull(rawValue, "rawValue");
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          "identifier '" + rawType + " " + rawValue + "' has no letters or digits");
    }
  }

  /** Folds a value for comparison: {@code 12-345 678} and {@code 12345678} are the same number. */
  public static String fold(String value) {
    return value.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * Builds one from a list's label, value and country text; empty-valued ones are the caller's to
   * skip.
   */
  public static PartyIdentifier of(String rawType, String rawValue, String countryText) {
    return new PartyIdentifier(
        IdentifierKind.classify(rawType),
        fold(rawValue),
        countryText.isBlank() ? "" : Countries.normalize(countryText),
        rawType.strip(),
        rawValue.strip());
  }
}
