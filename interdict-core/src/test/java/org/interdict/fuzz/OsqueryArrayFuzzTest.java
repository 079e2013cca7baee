package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.inventory.osquery.OsqueryReader;

/**
 * {@code osqueryi --json} arrays: the fuzzed bytes as a whole file, and as array items between two
 * valid rows.
 */
class OsqueryArrayFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "[{\"name\":\""
              + InventoryChecks.BEFORE
              + "\",\"version\":\"1.0\",\"publisher\":\"Example\"},");
  private static final byte[] AFTER =
      FuzzBytes.utf8(
          ",{\"name\":\""
              + InventoryChecks.AFTER
              + "\",\"version\":\"2.0\",\"publisher\":\"Example\"}]");

  private final OsqueryReader reader = new OsqueryReader();

  @FuzzTest(maxDuration = "20s")
  void readsEveryRowAroundABadOne(byte[] input) {
    InventoryChecks.check(
        reader,
        "fuzz.json",
        BEFORE,
        input,
        AFTER,
        document ->
            FuzzBytes.jsonHolds(document, tree -> FuzzBytes.hasNamed(tree, InventoryChecks.AFTER)),
        FuzzBytes::isJson);
  }
}
