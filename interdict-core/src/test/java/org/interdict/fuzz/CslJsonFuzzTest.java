package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.lists.ListSource;

/**
 * The trade.gov CSL JSON export: the fuzzed bytes as a whole file, and as items of {@code results}.
 */
class CslJsonFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "{\"results\":[{\"id\":\"fuzz-before\",\"source\":"
              + "\"Entity List (EL) - Bureau of Industry and Security\",\"name\":\"FUZZ BEFORE TRADING LLC\"},");
  private static final byte[] AFTER =
      FuzzBytes.utf8(
          ",{\"id\":\"fuzz-after\",\"source\":"
              + "\"Entity List (EL) - Bureau of Industry and Security\",\"name\":\"FUZZ AFTER TRADING LLC\"}],"
              + "\"sources_used\":[]}");

  @FuzzTest(maxDuration = "20s")
  void readsEveryEntryAroundABadOne(byte[] input) {
    ListChecks.checkDocument(
        ListSource.fromId("us-csl"),
        "consolidated.json",
        BEFORE,
        input,
        AFTER,
        "fuzz-before",
        "fuzz-after",
        document ->
            FuzzBytes.jsonHolds(
                document,
                tree -> FuzzBytes.hasNamed(tree.path("results"), "FUZZ AFTER TRADING LLC")),
        FuzzBytes::isJson);
  }
}
