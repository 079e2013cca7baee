package org.interdict.lists.ofac.nonsdn;

import java.io.IOException;
import java.util.Optional;
import org.interdict.lists.CandidateFile;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.ListSource;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.RemoteFile;
import org.interdict.lists.ofac.LegacyFiles;

/**
 * OFAC's consolidated non-SDN lists in the legacy CSV layout: {@code cons_prim.csv} with its
 * optional companions cons_alt.csv, cons_add.csv and cons_comments.csv, downloaded from OFAC's
 * Sanctions List Service.
 */
public final class NonSdnList implements ListSource {
  /** The stable list id. */
  public static final String ID = "us-ofac-non-sdn";

  public static final String BASE_URL =
      "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

  /** Fewer entries than this is suspicious: the non-SDN lists held about 440 entries in 2025. */
  public static final int MINIMUM_ENTRIES = 100;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "OFAC Consolidated (non-SDN) Sanctions Lists";
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
            RemoteFile.of(Reader.PRIMARY_FILE, "CONS_PRIM.CSV"),
            RemoteFile.of("cons_alt.csv", "CONS_ALT.CSV"),
            RemoteFile.of("cons_add.csv", "CONS_ADD.CSV"),
            RemoteFile.of("cons_comments.csv", "CONS_COMMENTS.CSV")));
  }

  @Override
  public int updateOrder() {
    return 30;
  }
}
