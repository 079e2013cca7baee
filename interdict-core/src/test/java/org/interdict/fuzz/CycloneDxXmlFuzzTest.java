package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.inventory.cyclonedx.CycloneDxReader;

/**
 * CycloneDX XML: the fuzzed bytes as a whole BOM, and as content of {@code components} between two
 * components.
 */
class CycloneDxXmlFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\" version=\"1\"><components>\n"
              + "<component type=\"application\"><name>"
              + InventoryChecks.BEFORE
              + "</name><version>1</version></component>\n");
  private static final byte[] AFTER =
      FuzzBytes.utf8(
          "\n<component type=\"application\"><name>"
              + InventoryChecks.AFTER
              + "</name><version>2</version></component>\n</components></bom>\n");

  private final CycloneDxReader reader = new CycloneDxReader();

  @FuzzTest(maxDuration = "20s")
  void readsEveryComponentAroundABadOne(byte[] input) {
    InventoryChecks.check(
        reader, "fuzz.cdx.xml", BEFORE, input, AFTER, FuzzBytes::isXml, FuzzBytes::isXml);
  }
}
