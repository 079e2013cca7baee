package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.inventory.spdx.SpdxReader;

/**
 * SPDX JSON: the fuzzed bytes as a whole document, and as items of {@code packages} between two
 * valid ones.
 */
class SpdxJsonFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "{\"spdxVersion\":\"SPDX-2.3\",\"SPDXID\":\"SPDXRef-DOCUMENT\","
              + "\"packages\":[{\"SPDXID\":\"SPDXRef-a\",\"name\":\""
              + InventoryChecks.BEFORE
              + "\",\"versionInfo\":\"1\"},");
  private static final byte[] AFTER =
      FuzzBytes.utf8(
          ",{\"SPDXID\":\"SPDXRef-b\",\"name\":\""
              + InventoryChecks.AFTER
              + "\",\"versionInfo\":\"2\"}]}");

  private final SpdxReader reader = new SpdxReader();

  @FuzzTest(maxDuration = "20s")
  void readsEveryPackageAroundABadOne(byte[] input) {
    InventoryChecks.check(
        reader,
        "fuzz.spdx.json",
        BEFORE,
        input,
        AFTER,
        document ->
            FuzzBytes.jsonHolds(
                document, tree -> FuzzBytes.hasNamed(tree.path("packages"), InventoryChecks.AFTER)),
        FuzzBytes::isJson);
  }
}
