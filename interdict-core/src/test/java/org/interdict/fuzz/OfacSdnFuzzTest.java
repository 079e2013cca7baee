package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.lists.ListSource;

/** The OFAC SDN primary file {@code sdn.csv}; see {@link OfacLegacyCsv}. */
class OfacSdnFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void readsEveryEntryAroundABadRow(byte[] input) {
    OfacLegacyCsv.check(ListSource.fromId("us-ofac-sdn"), "sdn.csv", input);
  }
}
