package org.interdict.lists.csl;

import org.interdict.lists.ListSource;
import org.interdict.lists.update.OfficialSource;
import org.interdict.lists.update.RemoteFile;

/**
 * Where trade.gov publishes the Consolidated Screening List: the bulk CSV export on data.trade.gov (rebuilt
 * hourly, public domain; {@code consolidated.json} sits beside it and is read too if a mirror serves it).
 */
public final class Downloader {
  public static final String BASE_URL = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/";
  /** Fewer entries than this is suspicious: the full CSL holds well over ten thousand. */
  public static final int MINIMUM_ENTRIES = 1_000;

  private Downloader() {}

  public static OfficialSource source() {
    return OfficialSource.read(ListSource.CSL, BASE_URL, MINIMUM_ENTRIES,
        RemoteFile.of("consolidated.csv", "consolidated.csv"));
  }
}
