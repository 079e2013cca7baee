package org.interdict.lists.csl;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.CandidateFile;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.ListSource;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.RemoteFile;

/**
 * The trade.gov Consolidated Screening List: the bulk CSV export on data.trade.gov (rebuilt hourly,
 * public domain), recognised by its header; {@code consolidated.json} is read too when a folder
 * holds it.
 */
public final class CslList implements ListSource {
  /** The stable list id. */
  public static final String ID = "us-csl";

  public static final String BASE_URL =
      "https://data.trade.gov/downloadable_consolidated_screening_list/v1/";

  /** Fewer entries than this is suspicious: the full CSL holds well over ten thousand. */
  public static final int MINIMUM_ENTRIES = 1_000;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "trade.gov Consolidated Screening List";
  }

  @Override
  public boolean recognises(CandidateFile file) throws IOException {
    String name = file.lowerCaseName();
    return (name.endsWith(".csv") && Reader.isHeader(file.firstLine()))
        || (name.endsWith(".json") && Reader.isJsonHead(file.head()));
  }

  @Override
  public ListRead read(ListFileSet set) {
    return new ListRead(
        Mapper.map(set.primary(), set.folderDate()), List.of(set.primary().toString()));
  }

  @Override
  public Optional<OfficialSource> officialSource() {
    return Optional.of(
        OfficialSource.of(
            this,
            BASE_URL,
            MINIMUM_ENTRIES,
            RemoteFile.of("consolidated.csv", "consolidated.csv")));
  }

  @Override
  public int updateOrder() {
    return 10;
  }
}
