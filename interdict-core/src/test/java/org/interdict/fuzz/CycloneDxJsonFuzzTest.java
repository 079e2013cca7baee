package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.interdict.inventory.cyclonedx.CycloneDxReader;

/**
 * CycloneDX JSON: the fuzzed bytes as a whole BOM, and as items of {@code components} between two
 * valid ones.
 */
class CycloneDxJsonFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\","
              + "\"components\":[{\"type\":\"application\",\"name\":\""
              + InventoryChecks.BEFORE
              + "\",\"version\":\"1\"},");
  private static final byte[] AFTER =
      FuzzBytes.utf8(
          ",{\"type\":\"application\",\"name\":\""
              + InventoryChecks.AFTER
              + "\",\"version\":\"2\"}]}");

  private final CycloneDxReader reader = new CycloneDxReader();

  /**
   * Whether the record after is a component, at any depth the reader reads (it reads nested
   * components too).
   */
  private static boolean inComponents(JsonNode components, int depth) {
    if (depth > 100 || !components.isArray()) {
      return false;
    }
    if (FuzzBytes.hasNamed(components, InventoryChecks.AFTER)) {
      return true;
    }
    for (JsonNode component : components) {
      if (inComponents(component.path("components"), depth + 1)) {
        return true;
      }
    }
    return false;
  }

  @FuzzTest(maxDuration = "20s")
  void readsEveryComponentAroundABadOne(byte[] input) {
    InventoryChecks.check(
        reader,
        "fuzz.cdx.json",
        BEFORE,
        input,
        AFTER,
        document -> FuzzBytes.jsonHolds(document, tree -> inComponents(tree.path("components"), 0)),
        FuzzBytes::isJson);
  }
}
