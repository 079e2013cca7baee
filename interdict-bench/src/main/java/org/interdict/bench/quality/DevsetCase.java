package org.interdict.bench.quality;

import java.util.Objects;

/**
 * One labelled query: a positive names the party id it must find, a negative ({@code expectedId}
 * "") none.
 */
public record DevsetCase(String query, String expectedId, String category, String variant) {
  public DevsetCase {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(expectedId, "expectedId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(variant, "variant");
  }

  public boolean positive() {
    return category.equals("positive");
  }
}
