package org.interdict.lists.ofac.nonsdn;

import org.interdict.lists.RemoteFile;
import org.interdict.lists.ofac.LegacyListSource;

/**
 * OFAC's consolidated non-SDN lists in the legacy CSV layout: {@code cons_prim.csv} with its
 * optional companions cons_alt.csv, cons_add.csv and cons_comments.csv, downloaded from OFAC's
 * Sanctions List Service.
 */
public final class NonSdnList extends LegacyListSource {
  /** The stable list id. */
  public static final String ID = "us-ofac-non-sdn";

  public static final String BASE_URL =
      "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

  /** Fewer entries than this is suspicious: the non-SDN lists held about 440 entries in 2025. */
  public static final int MINIMUM_ENTRIES = 100;

  public NonSdnList() {
    super(
        ID,
        "OFAC Consolidated (non-SDN) Sanctions Lists",
        30,
        BASE_URL,
        MINIMUM_ENTRIES,
        RemoteFile.of(Reader.PRIMARY_FILE, "CONS_PRIM.CSV"),
        RemoteFile.of("cons_alt.csv", "CONS_ALT.CSV"),
        RemoteFile.of("cons_add.csv", "CONS_ADD.CSV"),
        RemoteFile.of("cons_comments.csv", "CONS_COMMENTS.CSV"));
  }
}
