package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.csv.CsvInventoryReader;

/**
 * Inventory CSV exports: the fuzzed bytes as a whole file, and as lines between two valid rows.
 * Without a quote the fuzzed lines cannot swallow the row after them, so it must be read.
 */
class InventoryCsvFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8("Name,Version,Publisher\r\n" + InventoryChecks.BEFORE + ",1.0,Example\r\n");
  private static final byte[] AFTER =
      FuzzBytes.utf8("\r\n" + InventoryChecks.AFTER + ",2.0,Example\r\n");

  private final CsvInventoryReader reader = new CsvInventoryReader(CsvColumnMapping.auto());

  @FuzzTest(maxDuration = "20s")
  void readsEveryRowAroundABadOne(byte[] input) {
    InventoryChecks.check(
        reader,
        "fuzz.csv",
        BEFORE,
        input,
        AFTER,
        document -> !FuzzBytes.contains(input, '"'),
        document -> false);
  }
}
