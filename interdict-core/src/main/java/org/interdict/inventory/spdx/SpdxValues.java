package org.interdict.inventory.spdx;

/** Small conversions of SPDX field values; stateless. */
final class SpdxValues {
  private SpdxValues() {}

  /**
   * The party named by a supplier or originator value: "Organization: AO Kaspersky Lab" gives "AO
   * Kaspersky Lab", "Person: Jane Doe (jane@example.com)" gives "Jane Doe (jane@example.com)";
   * NOASSERTION gives "".
   */
  static String party(String value) {
    String text = value.strip();
    if (text.isEmpty() || text.equals("NOASSERTION") || text.equals("NONE")) {
      return "";
    }
    for (String prefix : new String[] {"Organization:", "Person:", "Tool:"}) {
      if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return text.substring(prefix.length()).strip();
      }
    }
    return text;
  }

  /** "" for SPDX's "not given" markers, the value otherwise. */
  static String given(String value) {
    String text = value.strip();
    return text.equals("NOASSERTION") || text.equals("NONE") ? "" : text;
  }
}
