package org.interdict.lists.ofac.nonsdn;

import org.interdict.lists.ListSource;
import org.interdict.lists.update.OfficialSource;
import org.interdict.lists.update.RemoteFile;

/**
 * Where OFAC publishes the consolidated non-SDN lists in the legacy CSV layout: the Sanctions List Service
 * exports {@code CONS_PRIM.CSV}, {@code CONS_ALT.CSV}, {@code CONS_ADD.CSV} and {@code CONS_COMMENTS.CSV}.
 */
public final class Downloader {
  public static final String BASE_URL = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";
  /** Fewer entries than this is suspicious: the non-SDN lists held about 440 entries in 2025. */
  public static final int MINIMUM_ENTRIES = 100;

  private Downloader() {}

  public static OfficialSource source() {
    return OfficialSource.read(ListSource.OFAC_NON_SDN, BASE_URL, MINIMUM_ENTRIES,
        RemoteFile.of(Reader.PRIMARY_FILE, "CONS_PRIM.CSV"),
        RemoteFile.of("cons_alt.csv", "CONS_ALT.CSV"),
        RemoteFile.of("cons_add.csv", "CONS_ADD.CSV"),
        RemoteFile.of("cons_comments.csv", "CONS_COMMENTS.CSV"));
  }
}
