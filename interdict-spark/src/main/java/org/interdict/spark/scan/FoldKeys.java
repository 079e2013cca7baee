package org.interdict.spark.scan;

/**
 * The CLI's fold key of a finding as one string whose {@code String} order is the CLI's order of
 * findings (field by field, a shorter field first): each field ends with "\u0000\u0000" and a NUL
 * inside a field becomes "\u0000\u0001", so no two keys collide and a field's end sorts before any
 * character that could follow it.
 */
final class FoldKeys {
  private FoldKeys() {}

  static String of(String... fields) {
    StringBuilder key = new StringBuilder();
    for (String field : fields) {
      key.append(field.replace("\u0000", "\u0000\u0001")).append("\u0000\u0000");
    }
    return key.toString();
  }
}
