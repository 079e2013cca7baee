package org.interdict.lists.ofac.sdn;

import java.nio.file.Path;
import org.interdict.lists.ofac.LegacyFiles;

/**
 * Finds the SDN companion files; parsing itself is the shared {@link
 * org.interdict.lists.ofac.LegacyCsvReader}.
 */
public final class Reader {
  public static final String PRIMARY_FILE = "sdn.csv";

  private Reader() {}

  /**
   * The snapshot whose primary file is {@code sdnCsv}; alt.csv, add.csv and sdn_comments.csv are
   * optional.
   */
  public static LegacyFiles locate(Path sdnCsv) {
    return new SdnList().locate(sdnCsv);
  }
}
