package org.interdict.lists.ofac.nonsdn;

import java.time.LocalDate;
import java.util.Optional;
import org.interdict.lists.MappedList;
import org.interdict.lists.ofac.LegacyFiles;
import org.interdict.lists.ofac.LegacyMapper;

/** Maps a non-SDN snapshot to parties with ids {@code us-ofac-non-sdn:<ent_num>}. */
public final class Mapper {
  public static final String LIST_ID = NonSdnList.ID;

  private Mapper() {}

  public static MappedList map(LegacyFiles files, Optional<LocalDate> listDate) {
    return LegacyMapper.map(LIST_ID, files, listDate);
  }
}
