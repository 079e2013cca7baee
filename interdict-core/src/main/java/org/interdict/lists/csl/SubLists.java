package org.interdict.lists.csl;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the CSL {@code source} column ("Entity List (EL) - Bureau of Industry and Security") into a
 * stable sub-list id such as {@code us-csl/entity-list}, so a filter on {@code us-csl/entity-list}
 * or on the whole {@code us-csl} works.
 */
public final class SubLists {
  private static final Pattern CODE = Pattern.compile("\\(([^)]+)\\)");
  private static final Map<String, String> BY_CODE =
      Map.ofEntries(
          Map.entry("EL", "entity-list"),
          Map.entry("DPL", "denied-persons-list"),
          Map.entry("UVL", "unverified-list"),
          Map.entry("MEU", "military-end-user-list"),
          Map.entry("ISN", "nonproliferation-sanctions"),
          Map.entry("DTC", "itar-debarred"),
          Map.entry("SDN", "sdn"),
          Map.entry("SSI", "sectoral-sanctions-identifications"),
          Map.entry("FSE", "foreign-sanctions-evaders"),
          Map.entry("PLC", "palestinian-legislative-council"),
          Map.entry("CAP", "capta-list"),
          Map.entry("NS-MBS LIST", "non-sdn-menu-based-sanctions"),
          Map.entry("MBS", "non-sdn-menu-based-sanctions"),
          Map.entry("CMIC", "non-sdn-cmic"));

  private SubLists() {}

  /**
   * The sub-list id for a source name; unknown sources get a kebab-case id derived from the code or
   * name.
   */
  public static String idFor(String source) {
    Matcher matcher = CODE.matcher(source);
    String code = matcher.find() ? matcher.group(1).strip().toUpperCase(Locale.ROOT) : "";
    String known = BY_CODE.get(code);
    if (known != null) {
      return "us-csl/" + known;
    }
    String basis = code.isEmpty() ? source : code;
    String slug =
        basis.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return "us-csl/" + (slug.isEmpty() ? "unknown" : slug);
  }
}
