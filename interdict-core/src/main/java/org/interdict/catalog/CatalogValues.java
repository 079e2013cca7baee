package org.interdict.catalog;

import java.util.List;
import java.util.Optional;

/** Null-to-empty helpers for catalog records, whose YAML fields are all optional but one. */
final class CatalogValues {
  private CatalogValues() {}

  static <T> List<T> copy(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static String text(String value) {
    return value == null ? "" : value.strip();
  }

  static <T> Optional<T> optional(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  static String required(String value, String field, String owner) {
    if (value == null || value.isBlank()) {
      throw new CatalogException(owner + ": field '" + field + "' is required");
    }
    return value.strip();
  }
}
