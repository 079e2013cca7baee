package org.interdict.lists.ofac.sdn;

import org.interdict.lists.RemoteFile;
import org.interdict.lists.ofac.LegacyListSource;

/**
 * The OFAC SDN list: {@code sdn.csv} (OFAC's {@code SDN.CSV}) with its optional companions alt.csv,
 * add.csv and sdn_comments.csv in the same folder, downloaded from OFAC's Sanctions List Service.
 */
public final class SdnList extends LegacyListSource {
  /** The stable list id. */
  public static final String ID = "us-ofac-sdn";

  public static final String BASE_URL =
      "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

  /**
   * Fewer entries than this is suspicious: the SDN list has held more than 8,000 entries since
   * 2021.
   */
  public static final int MINIMUM_ENTRIES = 5_000;

  public SdnList() {
    super(
        ID,
        "OFAC Specially Designated Nationals (SDN) List",
        20,
        BASE_URL,
        MINIMUM_ENTRIES,
        RemoteFile.of(Reader.PRIMARY_FILE, "SDN.CSV"),
        RemoteFile.of("alt.csv", "ALT.CSV"),
        RemoteFile.of("add.csv", "ADD.CSV"),
        RemoteFile.of("sdn_comments.csv", "SDN_COMMENTS.CSV"));
  }
}
