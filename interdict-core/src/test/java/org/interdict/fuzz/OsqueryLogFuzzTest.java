package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.inventory.osquery.OsqueryReader;

/**
 * osqueryd result logs (NDJSON): each line stands alone, so any bytes between two valid lines lose
 * neither.
 */
class OsqueryLogFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "{\"action\":\"added\",\"columns\":{\"name\":\""
              + InventoryChecks.BEFORE
              + "\",\"version\":\"1.0\"},\"name\":\"programs\",\"hostIdentifier\":\"h1\"}\n");
  private static final byte[] AFTER =
      FuzzBytes.utf8(
          "\n{\"action\":\"snapshot\",\"snapshot\":[{\"name\":\""
              + InventoryChecks.AFTER
              + "\",\"version\":\"2.0\"}],\"name\":\"programs\",\"hostIdentifier\":\"h2\"}\n");

  private final OsqueryReader reader = new OsqueryReader();

  @FuzzTest(maxDuration = "20s")
  void readsEveryValidLine(byte[] input) {
    InventoryChecks.check(
        reader, "fuzz.ndjson", BEFORE, input, AFTER, document -> true, document -> false);
  }
}
