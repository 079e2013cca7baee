package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.interdict.lists.ListSource;

/**
 * The EU FSF CSV ({@code ;}-separated): the fuzzed bytes as a whole file, and as lines between two
 * entities.
 */
class EuCsvFuzzTest {
  private static final String HEADER =
      FixtureHeaders.line("/fixtures/lists/eu/csvFullSanctionsList_1_1.csv", 0);
  private static final byte[] BEFORE =
      FuzzBytes.utf8(HEADER + "\n" + entity("900801", "FUZZ BEFORE TRADING LLC"));
  private static final byte[] AFTER =
      FuzzBytes.utf8("\n" + entity("900802", "FUZZ AFTER TRADING LLC"));

  private static String entity(String logicalId, String name) {
    return FixtureHeaders.row(
            HEADER,
            ';',
            Map.of(
                "fileGenerationDate",
                "2026-11-27",
                "Entity_LogicalId",
                logicalId,
                "Entity_SubjectType",
                "enterprise",
                "Entity_Regulation_Programme",
                "UKR",
                "NameAlias_WholeName",
                name))
        + "\n";
  }

  @FuzzTest(maxDuration = "20s")
  void readsEveryEntityAroundABadRow(byte[] input) {
    ListChecks.checkLines(
        ListSource.fromId("eu-fsf"), "fuzz-fsf.csv", BEFORE, input, AFTER, "900801", "900802");
  }
}
