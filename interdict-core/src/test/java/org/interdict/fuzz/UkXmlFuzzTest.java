package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.lists.ListSource;

/**
 * The UK Sanctions List XML: the fuzzed bytes as a whole file, and between two {@code Designation}
 * elements.
 */
class UkXmlFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
              + "<Designations><DateGenerated>27/11/2026</DateGenerated>\n"
              + designation("RUS9801", "FUZZ BEFORE TRADING LLC"));
  private static final byte[] AFTER =
      FuzzBytes.utf8("\n" + designation("RUS9802", "FUZZ AFTER TRADING LLC") + "</Designations>\n");

  private static String designation(String uniqueId, String name) {
    return "<Designation><UniqueID>"
        + uniqueId
        + "</UniqueID><Names><Name><Name6>"
        + name
        + "</Name6><NameType>"
        + "Primary Name</NameType></Name></Names><RegimeName>The Russia (Sanctions) (EU Exit) Regulations 2019"
        + "</RegimeName><IndividualEntityShip>Entity</IndividualEntityShip></Designation>\n";
  }

  @FuzzTest(maxDuration = "20s")
  void readsEveryDesignationAroundABadOne(byte[] input) {
    ListChecks.checkDocument(
        ListSource.fromId("uk-sanctions-list"),
        "UK-Sanctions-List.xml",
        BEFORE,
        input,
        AFTER,
        "RUS9801",
        "RUS9802",
        FuzzBytes::isXml,
        FuzzBytes::isXml);
  }
}
