package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.lists.ListSource;

/**
 * The UN Security Council consolidated XML: the fuzzed bytes as a whole file, and between two
 * INDIVIDUALs.
 */
class UnXmlFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\"><INDIVIDUALS>\n"
              + individual("6900001", "FUZZ", "BEFORE", "XXi.901"));
  private static final byte[] AFTER =
      FuzzBytes.utf8(
          "\n"
              + individual("6900002", "FUZZ", "AFTER", "XXi.902")
              + "</INDIVIDUALS></CONSOLIDATED_LIST>\n");

  private static String individual(String dataId, String first, String second, String reference) {
    return "<INDIVIDUAL><DATAID>"
        + dataId
        + "</DATAID><FIRST_NAME>"
        + first
        + "</FIRST_NAME><SECOND_NAME>"
        + second
        + "</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>"
        + reference
        + "</REFERENCE_NUMBER><LISTED_ON>2026-01-01</LISTED_ON></INDIVIDUAL>\n";
  }

  @FuzzTest(maxDuration = "20s")
  void readsEveryEntryAroundABadOne(byte[] input) {
    ListChecks.checkDocument(
        ListSource.fromId("un-sc-consolidated"),
        "consolidated.xml",
        BEFORE,
        input,
        AFTER,
        "XXi.901",
        "XXi.902",
        FuzzBytes::isXml,
        FuzzBytes::isXml);
  }
}
