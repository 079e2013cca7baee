package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.interdict.inventory.spdx.SpdxReader;

/**
 * SPDX tag-value: the fuzzed bytes as a whole document, and as lines between two packages. Only an
 * unclosed {@code <text>} value may swallow the package after it.
 */
class SpdxTagValueFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n"
              + "SPDXID: SPDXRef-DOCUMENT\n\nPackageName: "
              + InventoryChecks.BEFORE
              + "\nSPDXID: SPDXRef-a\n"
              + "PackageVersion: 1\n\n");
  private static final byte[] AFTER =
      FuzzBytes.utf8(
          "\n\nPackageName: " + InventoryChecks.AFTER + "\nSPDXID: SPDXRef-b\nPackageVersion: 2\n");

  private final SpdxReader reader = new SpdxReader();

  @FuzzTest(maxDuration = "20s")
  void readsEveryPackageAroundABadPart(byte[] input) {
    boolean opensText = new String(input, StandardCharsets.ISO_8859_1).contains("<text>");
    InventoryChecks.check(
        reader, "fuzz.spdx", BEFORE, input, AFTER, document -> !opensText, document -> false);
  }
}
