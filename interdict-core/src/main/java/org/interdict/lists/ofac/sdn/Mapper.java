package org.interdict.lists.ofac.sdn;

import java.time.LocalDate;
import java.util.Optional;
import org.interdict.lists.MappedList;
import org.interdict.lists.ofac.LegacyFiles;
import org.interdict.lists.ofac.LegacyMapper;

/** Maps an SDN snapshot to parties with ids {@code us-ofac-sdn:<ent_num>}. */
public final class Mapper {
  public static final String LIST_ID = SdnList.ID;

  private Mapper() {}

  public static MappedList map(LegacyFiles files, Optional<LocalDate> listDate) {
    return LegacyMapper.map(LIST_ID, files, listDate);
  }
}
