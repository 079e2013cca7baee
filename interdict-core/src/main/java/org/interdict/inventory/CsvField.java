package org.interdict.inventory;

import org.interdict.InvalidValueException;

/**
 * The record fields a CSV column can fill; ids are the names used in a {@code --csv-columns}
 * mapping.
 */
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
    String wanted = normalize(id);
    for (CsvField field : values()) {
      if (normalize(field.id).equals(wanted)) {
        return field;
      }
    }
    throw new InvalidValueException(
        "unknown CSV mapping field '" + id + "'; expected one of " + String.join(", ", ids()));
  }

  /**
   * A column caption or field id compared loosely: lower case (Locale.ROOT), letters and digits
   * only, so that "Device Name", "device_name" and "DEVICE-NAME" agree.
   */
  public static String normalize(String header) {
    StringBuilder out = new StringBuilder(header.length());
    header
        .strip()
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
    return out.toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** The field ids, in declaration order. */
  public static java.util.List<String> ids() {
    return java.util.Arrays.stream(values()).map(CsvField::id).toList();
  }
}
