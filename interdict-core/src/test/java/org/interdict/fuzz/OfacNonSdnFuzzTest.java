package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.lists.ListSource;

/**
 * The OFAC consolidated (non-SDN) primary file {@code cons_prim.csv}; see {@link OfacLegacyCsv}.
 */
class OfacNonSdnFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void readsEveryEntryAroundABadRow(byte[] input) {
    OfacLegacyCsv.check(ListSource.fromId("us-ofac-non-sdn"), "cons_prim.csv", input);
  }
}
