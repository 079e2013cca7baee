package org.interdict.lists.ofac.nonsdn;

import java.nio.file.Path;
import org.interdict.lists.ofac.LegacyFiles;

/**
 * Finds the non-SDN companion files; parsing itself is the shared {@link
 * org.interdict.lists.ofac.LegacyCsvReader}.
 */
public final class Reader {
  public static final String PRIMARY_FILE = "cons_prim.csv";

  private Reader() {}

  /**
   * The snapshot whose primary file is {@code consPrimCsv}; cons_alt.csv, cons_add.csv and
   * cons_comments.csv are optional.
   */
  public static LegacyFiles locate(Path consPrimCsv) {
    return new NonSdnList().locate(consPrimCsv);
  }
}
