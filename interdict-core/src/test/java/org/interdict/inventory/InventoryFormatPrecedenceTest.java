package org.interdict.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How {@code auto} decides when several formats could claim an input, now that each format states
 * its own recognition (ADR 004): a marker beats a shape, a shape beats a name, a name beats a
 * fallback, ties go to the format registered first, and XML is decided by content alone. The rows
 * are what the single detection method before ADR 004 answered.
 */
class InventoryFormatPrecedenceTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "both.json|{\"bomFormat\":\"CycloneDX\",\"spdxVersion\":\"SPDX-2.3\"}|cyclonedx",
        "x.cdx.json|[{\"name\":\"a\"}]|osquery",
        "x.csv|[{\"name\":\"a\"}]|osquery",
        "x.csv|{\"name\":\"a\"}|csv",
        "x|{\"name\":\"a\"}|osquery",
        "x.spdx.json|{\"bomFormat\":\"CycloneDX\"}|cyclonedx",
        "x.cdx|SPDXVersion: SPDX-2.3|spdx",
        "x.spdx|hello|spdx",
        "x.cdx|hello|cyclonedx",
        "x.log|hello|osquery",
        "x.json|hello|osquery",
        "x|hello|csv",
        "empty.txt||csv",
        "x.cdx.json|hello|cyclonedx",
        "x.spdx.json|hello|spdx",
        "x.ndjson.gz|{\"name\":\"a\"}|osquery",
      })
  void strongestRecognitionWins(String name, String head, String expected) {
    byte[] bytes = head == null ? new byte[0] : head.getBytes(StandardCharsets.UTF_8);
    assertThat(InventoryFormats.detect(name, bytes, bytes.length)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"x.csv", "x.cdx.xml", "x.json"})
  void xmlIsNeverReadByItsName(String name) {
    byte[] xml = "<?xml version=\"1.0\"?><inventory/>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> InventoryFormats.detect(name, xml, xml.length))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessage(
            name
                + ": XML that is not a CycloneDX BOM (no <bom> element in the first 65536 bytes); pass"
                + " --input-format if it is one");
  }

  @ParameterizedTest
  @CsvSource({"'# made by a tool\nSPDXVersion: SPDX-2.3', x.csv, spdx"})
  void tagValueWithLeadingCommentsIsSpdx(String head, String name, String expected) {
    byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
    assertThat(InventoryFormats.detect(name, bytes, bytes.length)).isEqualTo(expected);
  }
}
