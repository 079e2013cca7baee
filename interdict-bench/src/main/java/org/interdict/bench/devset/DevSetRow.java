package org.interdict.bench.devset;

import java.util.Objects;

/**
 * One labelled query: {@code expectedId} is the party id a screen should find ("" for negatives),
 * {@code category} is {@code positive} or {@code negative}, {@code variant} a kebab-case id of how
 * the query was derived.
 */
public record DevSetRow(String query, String expectedId, String category, String variant) {
  public static final String HEADER = "query,expected_id,category,variant";

  public DevSetRow {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(expectedId, "expectedId");
    if (!category.equals("positive") && !category.equals("negative")) {
      throw new IllegalArgumentException("category must be positive or negative, was " + category);
    }
    if (category.equals("positive") == expectedId.isEmpty()) {
      throw new IllegalArgumentException(
          "positives need an expected id, negatives must not have one: " + query);
    }
    if (!variant.matches("[a-z]+(-[a-z]+)*")) {
      throw new IllegalArgumentException("variant must be kebab-case, was " + variant);
    }
  }

  public static DevSetRow positive(String query, String expectedId, String variant) {
    return new DevSetRow(query, expectedId, "positive", variant);
  }

  public static DevSetRow negative(String query, String variant) {
    return new DevSetRow(query, "", "negative", variant);
  }

  /** The row as an RFC 4180 CSV line (without line break). */
  public String toCsv() {
    return quote(query) + "," + quote(expectedId) + "," + category + "," + variant;
  }

  static String quote(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
