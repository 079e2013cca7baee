package org.interdict.lists.un;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.CandidateFile;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.ListSource;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.RemoteFile;

/**
 * The UN Security Council Consolidated List as XML (scsanctions.un.org), recognised by its root
 * element.
 */
public final class UnList implements ListSource {
  /** The stable list id. */
  public static final String ID = "un-sc-consolidated";

  public static final String BASE_URL = "https://scsanctions.un.org/resources/xml/en/";

  /** Fewer entries than this is suspicious: the list held about 1,000 entries in 2026. */
  public static final int MINIMUM_ENTRIES = 500;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "UN Security Council Consolidated List";
  }

  @Override
  public boolean recognises(CandidateFile file) throws IOException {
    return file.lowerCaseName().endsWith(".xml") && file.head().contains("<CONSOLIDATED_LIST");
  }

  @Override
  public ListRead read(ListFileSet set) {
    return new ListRead(Mapper.map(set.primary()), List.of(set.primary().toString()));
  }

  @Override
  public Optional<OfficialSource> officialSource() {
    return Optional.of(
        OfficialSource.of(
            this,
            BASE_URL,
            MINIMUM_ENTRIES,
            RemoteFile.of("consolidated.xml", "consolidated.xml")));
  }

  @Override
  public int updateOrder() {
    return 40;
  }
}
