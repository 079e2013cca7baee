package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.interdict.lists.ListSource;

/**
 * The UK Sanctions List CSV: the fuzzed bytes as a whole file, and as lines between two
 * designations.
 */
class UkCsvFuzzTest {
  private static final String HEADER =
      FixtureHeaders.line("/fixtures/lists/uk/UK-Sanctions-List.csv", 1);
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "Report Date: 27-Nov-2026\n"
              + HEADER
              + "\n"
              + designation("RUS9801", "FUZZ BEFORE TRADING LLC"));
  private static final byte[] AFTER =
      FuzzBytes.utf8("\n" + designation("RUS9802", "FUZZ AFTER TRADING LLC"));

  private static String designation(String uniqueId, String name) {
    return FixtureHeaders.row(
            HEADER,
            ',',
            Map.of(
                "Unique ID",
                uniqueId,
                "Name 6",
                name,
                "Name type",
                "Primary Name",
                "Regime Name",
                "The Russia (Sanctions) (EU Exit) Regulations 2019",
                "Designation Type",
                "Entity"))
        + "\n";
  }

  @FuzzTest(maxDuration = "20s")
  void readsEveryDesignationAroundABadRow(byte[] input) {
    ListChecks.checkLines(
        ListSource.fromId("uk-sanctions-list"),
        "UK-Sanctions-List.csv",
        BEFORE,
        input,
        AFTER,
        "RUS9801",
        "RUS9802");
  }
}
