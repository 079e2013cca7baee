package org.interdict.lists.curated;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.CandidateFile;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.ListSource;
import org.interdict.lists.OfficialSource;

/**
 * The curated Kaspersky snapshot bundled in the jar: public facts, not an official list, so it is
 * neither found in lists directories nor downloaded.
 */
public final class CuratedList implements ListSource {
  /** The stable list id. */
  public static final String ID = "interdict-curated";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Interdict curated Kaspersky snapshot (not an official list)";
  }

  @Override
  public boolean recognises(CandidateFile file) throws IOException {
    return false;
  }

  @Override
  public ListRead read(ListFileSet set) {
    throw new IllegalArgumentException("list source " + ID + " is not read from files");
  }

  @Override
  public Optional<OfficialSource> officialSource() {
    return Optional.empty();
  }

  @Override
  public int updateOrder() {
    return 80;
  }

  @Override
  public Optional<ListRead> bundled() {
    String file = "classpath:" + Mapper.BUNDLED_RESOURCE.substring(1);
    return Optional.of(new ListRead(Mapper.map(Mapper.readBundled(), file), List.of(file)));
  }
}
