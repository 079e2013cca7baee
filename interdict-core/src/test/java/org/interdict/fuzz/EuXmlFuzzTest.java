package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.lists.ListSource;

/**
 * The EU FSF XML: the fuzzed bytes as a whole file, and between two {@code sanctionEntity}
 * elements.
 */
class EuXmlFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2026-11-27T18:02:11.120+01:00\">\n"
              + entity("900801", "FUZZ BEFORE TRADING LLC"));
  private static final byte[] AFTER =
      FuzzBytes.utf8("\n" + entity("900802", "FUZZ AFTER TRADING LLC") + "</export>\n");

  private static String entity(String logicalId, String name) {
    return "<sanctionEntity logicalId=\""
        + logicalId
        + "\" euReferenceNumber=\"EU.9008.01\" designationDate="
        + "\"2022-02-25\"><regulation programme=\"UKR\" numberTitle=\"2022/336 (OJ L58)\"/><subjectType code="
        + "\"enterprise\"/><nameAlias wholeName=\""
        + name
        + "\" strong=\"true\"/></sanctionEntity>\n";
  }

  @FuzzTest(maxDuration = "20s")
  void readsEveryEntityAroundABadOne(byte[] input) {
    ListChecks.checkDocument(
        ListSource.fromId("eu-fsf"),
        "fuzz-fsf.xml",
        BEFORE,
        input,
        AFTER,
        "900801",
        "900802",
        FuzzBytes::isXml,
        FuzzBytes::isXml);
  }
}
