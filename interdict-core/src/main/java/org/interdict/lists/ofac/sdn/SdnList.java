package org.interdict.lists.ofac.sdn;

import java.io.IOException;
import java.util.Optional;
import org.interdict.lists.CandidateFile;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.ListSource;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.RemoteFile;
import org.interdict.lists.ofac.LegacyFiles;

/**
 * The OFAC SDN list: {@code sdn.csv} (OFAC's {@code SDN.CSV}) with its optional companions alt.csv,
 * add.csv and sdn_comments.csv in the same folder, downloaded from OFAC's Sanctions List Service.
 */
public final class SdnList implements ListSource {
  /** The stable list id. */
  public static final String ID = "us-ofac-sdn";

  public static final String BASE_URL =
      "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

  /**
   * Fewer entries than this is suspicious: the SDN list has held more than 8,000 entries since
   * 2021.
   */
  public static final int MINIMUM_ENTRIES = 5_000;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "OFAC Specially Designated Nationals (SDN) List";
  }

  @Override
  public boolean recognises(CandidateFile file) throws IOException {
    return file.lowerCaseName().equals(Reader.PRIMARY_FILE);
  }

  @Override
  public ListRead read(ListFileSet set) {
    LegacyFiles legacy = Reader.locate(set.primary());
    return new ListRead(Mapper.map(legacy, set.folderDate()), legacy.paths());
  }

  @Override
  public Optional<OfficialSource> officialSource() {
    return Optional.of(
        OfficialSource.of(
            this,
            BASE_URL,
            MINIMUM_ENTRIES,
            RemoteFile.of(Reader.PRIMARY_FILE, "SDN.CSV"),
            RemoteFile.of("alt.csv", "ALT.CSV"),
            RemoteFile.of("add.csv", "ADD.CSV"),
            RemoteFile.of("sdn_comments.csv", "SDN_COMMENTS.CSV")));
  }

  @Override
  public int updateOrder() {
    return 20;
  }
}
