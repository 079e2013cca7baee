package org.interdict.lists.un;

import org.interdict.lists.ListSource;
import org.interdict.lists.update.OfficialSource;
import org.interdict.lists.update.RemoteFile;

/** Where the UN Security Council publishes its Consolidated List as XML (scsanctions.un.org). */
public final class Downloader {
  public static final String BASE_URL = "https://scsanctions.un.org/resources/xml/en/";
  /** Fewer entries than this is suspicious: the list held about 1,000 entries in 2026. */
  public static final int MINIMUM_ENTRIES = 500;

  private Downloader() {}

  public static OfficialSource source() {
    return OfficialSource.read(ListSource.UN, BASE_URL, MINIMUM_ENTRIES,
        RemoteFile.of("consolidated.xml", "consolidated.xml"));
  }
}
