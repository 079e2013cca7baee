package org.interdict.detection;

import java.util.List;
import java.util.Locale;

/**
 * Just enough package-URL and CPE parsing for identification: no validation, no percent-decoding.
 */
final class PackageUrls {
  private PackageUrls() {}

  /**
   * {@code pkg:type/namespace/name} in lower case, without version, qualifiers or subpath; "" if
   * not a purl.
   */
  static String base(String purl) {
    if (!purl.regionMatches(true, 0, "pkg:", 0, 4)) {
      return "";
    }
    int end = purl.length();
    for (char stop : new char[] {'#', '?', '@'}) {
      int index = purl.indexOf(stop, 4);
      if (index >= 0 && index < end) {
        end = index;
      }
    }
    return purl.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /**
   * The namespace segments of a purl base ({@code pkg:maven/com.kaspersky/x} gives {@code
   * [com.kaspersky]}).
   */
  static List<String> namespaces(String base) {
    String[] parts = base.split("/");
    if (parts.length <= 2) {
      return List.of();
    }
    return List.of(parts).subList(1, parts.length - 1);
  }

  /**
   * {@code vendor:product} of a CPE 2.2 URI or 2.3 formatted string, in lower case; "" if not a
   * CPE.
   */
  static String cpeVendorProduct(String cpe) {
    String lower = cpe.toLowerCase(Locale.ROOT);
    String[] parts;
    if (lower.startsWith("cpe:2.3:")) {
      parts = lower.substring("cpe:2.3:".length()).split(":", -1);
    } else if (lower.startsWith("cpe:/")) {
      parts = lower.substring("cpe:/".length()).split(":", -1);
    } else {
      return "";
    }
    if (parts.length < 3 || parts[1].isEmpty()) {
      return "";
    }
    return parts[1] + ":" + parts[2];
  }
}
