package org.interdict.fuzz;

import org.interdict.lists.ListSource;

/**
 * The OFAC legacy CSV layout shared by the SDN and non-SDN targets: the fuzzed bytes as a whole
 * primary file, and as lines between entries 900001 and 900002. Without a quote the fuzzed lines
 * cannot swallow the entry after.
 */
final class OfacLegacyCsv {
  private static final String EMPTY = ",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
  private static final byte[] BEFORE =
      FuzzBytes.utf8("900001,\"FUZZ BEFORE TRADING LLC\",-0- ,\"SDGT\"" + EMPTY);
  private static final byte[] AFTER =
      FuzzBytes.utf8("\r\n900002,\"AFTER, Fuzz\",\"individual\",\"SDGT\"" + EMPTY + "\u001a");

  private OfacLegacyCsv() {}

  static void check(ListSource source, String primaryFile, byte[] input) {
    ListChecks.checkLines(source, primaryFile, BEFORE, input, AFTER, "900001", "900002");
  }
}
