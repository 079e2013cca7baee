package org.interdict.lists.dpl;

import org.interdict.lists.ListSource;
import org.interdict.lists.update.OfficialSource;
import org.interdict.lists.update.RemoteFile;

/**
 * Where BIS published the Denied Persons List as tab-separated text ({@code dpl.txt}). The same entries are in the
 * CSL (source DPL); override the URL when BIS moves the file.
 */
public final class Downloader {
  public static final String BASE_URL = "https://www.bis.doc.gov/dpl/";
  /** Fewer entries than this is suspicious: the list held about 600 entries in 2023. */
  public static final int MINIMUM_ENTRIES = 100;

  private Downloader() {}

  public static OfficialSource source() {
    return OfficialSource.read(ListSource.BIS_DPL, BASE_URL, MINIMUM_ENTRIES, RemoteFile.of("dpl.txt", "dpl.txt"));
  }
}
