package org.interdict.lists;

import java.util.Locale;
import org.interdict.InvalidValueException;

/**
 * The list sources Interdict can read. Each has a stable kebab-case id that appears in party ids, outputs and
 * docs; ids never change (a rename would keep the old id as an alias).
 */
public enum ListSource {
  OFAC_SDN("us-ofac-sdn", "OFAC Specially Designated Nationals (SDN) List"),
  OFAC_NON_SDN("us-ofac-non-sdn", "OFAC Consolidated (non-SDN) Sanctions Lists"),
  CSL("us-csl", "trade.gov Consolidated Screening List"),
  UN("un-sc-consolidated", "UN Security Council Consolidated List"),
  BIS_DPL("us-bis-dpl", "BIS Denied Persons List"),
  EU_FSF("eu-fsf", "EU Financial Sanctions Files (consolidated list)"),
  UK_SANCTIONS_LIST("uk-sanctions-list", "UK Sanctions List (FCDO)"),
  CURATED("interdict-curated", "Interdict curated Kaspersky snapshot (not an official list)");

  private final String id;
  private final String title;

  ListSource(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** Parses a list id such as {@code us-ofac-sdn}; rejects unknown ids rather than guessing. */
  public static ListSource fromId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (ListSource source : values()) {
      if (source.id.equals(wanted)) {
        return source;
      }
    }
    throw new InvalidValueException("unknown list id '" + id + "'; expected one of " + knownIds());
  }

  /**
   * Whether a party's list id (which may name a sub-list, as {@code us-csl/entity-list}) is selected by a
   * filter id: equal, or the filter names the parent list.
   */
  public static boolean matches(String filterId, String partyListId) {
    return partyListId.equals(filterId) || partyListId.startsWith(filterId + "/");
  }

  private static String knownIds() {
    StringBuilder ids = new StringBuilder();
    for (ListSource source : values()) {
      ids.append(ids.length() == 0 ? "" : ", ").append(source.id);
    }
    return ids.toString();
  }
}
