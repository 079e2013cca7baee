package org.interdict.lists.ofac.sdn;

import org.interdict.lists.ListSource;
import org.interdict.lists.update.OfficialSource;
import org.interdict.lists.update.RemoteFile;

/**
 * Where OFAC publishes the SDN list in the legacy CSV layout: the Sanctions List Service exports
 * {@code SDN.CSV}, {@code ALT.CSV}, {@code ADD.CSV} and {@code SDN_COMMENTS.CSV}, stored under the lower-case
 * names {@link Reader} looks for.
 */
public final class Downloader {
  public static final String BASE_URL = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";
  /** Fewer entries than this is suspicious: the SDN list has held more than 8,000 entries since 2021. */
  public static final int MINIMUM_ENTRIES = 5_000;

  private Downloader() {}

  public static OfficialSource source() {
    return OfficialSource.read(ListSource.OFAC_SDN, BASE_URL, MINIMUM_ENTRIES,
        RemoteFile.of(Reader.PRIMARY_FILE, "SDN.CSV"),
        RemoteFile.of("alt.csv", "ALT.CSV"),
        RemoteFile.of("add.csv", "ADD.CSV"),
        RemoteFile.of("sdn_comments.csv", "SDN_COMMENTS.CSV"));
  }
}
