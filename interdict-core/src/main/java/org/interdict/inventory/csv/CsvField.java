package org.interdict.inventory.csv;

import org.interdict.InvalidValueException;

/** The record fields a CSV column can fill; ids are the names used in a {@code --csv-columns} mapping. */
public enum CsvField {
  HOST("host"),
  NAME("name"),
  VERSION("version"),
  PUBLISHER("publisher"),
  BUNDLE_ID("bundleId"),
  PACKAGE_NAME("packageName"),
  PURL("purl"),
  CPE("cpe"),
  PATH("path");

  private final String id;

  CsvField(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Parses a field id case-insensitively ({@code bundleid} and {@code bundle-id} also work). */
  public static CsvField fromId(String id) {
    String wanted = HeaderNames.normalize(id);
    for (CsvField field : values()) {
      if (HeaderNames.normalize(field.id).equals(wanted)) {
        return field;
      }
    }
    throw new InvalidValueException("unknown CSV mapping field '" + id + "'; expected one of "
        + String.join(", ", ids()));
  }

  static java.util.List<String> ids() {
    return java.util.Arrays.stream(values()).map(CsvField::id).toList();
  }
}
