package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.lists.ListSource;

/**
 * The BIS Denied Persons List (quoted TSV): the fuzzed bytes as a whole file, and as lines between
 * two entries.
 */
class DplFuzzTest {
  private static final String HEADER =
      "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t"
          + "\"Postal_Code\"\t\"Effective_Date\"\t\"Expiration_Date\"\t\"Standard_Order\"\t\"Last_Update\"\t\"Action\"\t"
          + "\"FR_Citation\"\n";
  private static final String REST =
      "\t\"1 MAIN STREET\"\t\"EL PASO\"\t\"TX\"\t\"US\"\t\"79905\"\t\"08/24/2022\"\t"
          + "\"01/14/2026\"\t\"Y\"\t\"2022-08-29\"\t\"F.R. NOTICE ADDED\"\t\"87 F.R. 52741 8/29/2022\"\n";
  private static final byte[] BEFORE =
      FuzzBytes.utf8(HEADER + "\"FUZZ BEFORE TRADING LLC\"" + REST);
  private static final byte[] AFTER = FuzzBytes.utf8("\n\"FUZZ AFTER TRADING LLC\"" + REST);

  @FuzzTest(maxDuration = "20s")
  void readsEveryEntryAroundABadRow(byte[] input) {
    ListChecks.checkLines(
        ListSource.fromId("us-bis-dpl"),
        "dpl.txt",
        BEFORE,
        input,
        AFTER,
        "FUZZ BEFORE TRADING LLC",
        "FUZZ AFTER TRADING LLC");
  }
}
