package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.inventory.cyclonedx.CycloneDxReader;

/** CycloneDX JSON: the fuzzed bytes as a whole BOM, and as items of {@code components} between two valid ones. */
class CycloneDxJsonFuzzTest {
  private static final byte[] BEFORE = FuzzBytes.utf8("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\","
      + "\"components\":[{\"type\":\"application\",\"name\":\"" + InventoryChecks.BEFORE + "\",\"version\":\"1\"},");
  private static final byte[] AFTER = FuzzBytes.utf8(
      ",{\"type\":\"application\",\"name\":\"" + InventoryChecks.AFTER + "\",\"version\":\"2\"}]}");

  private final CycloneDxReader reader = new CycloneDxReader();

  @FuzzTest(maxDuration = "20s")
  void readsEveryComponentAroundABadOne(byte[] input) {
    InventoryChecks.check(reader, "fuzz.cdx.json", BEFORE, input, AFTER, FuzzBytes::isJson);
  }
}
