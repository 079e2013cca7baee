package org.interdict.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InventoryFilesTest {
  @ParameterizedTest
  @CsvSource({
    "osquery/programs-snapshot.ndjson, osquery",
    "osquery/apps.json, osquery",
    "osquery/truncated.json, osquery",
    "csv/intune-export.csv, csv",
    "csv/intune-export-utf16le.csv, csv",
    "csv/sccm-installed-software.csv, csv",
    "csv/lansweeper.tsv, csv",
    "cyclonedx/mail-gateway-sbom.cdx.json, cyclonedx",
    "cyclonedx/mail-gateway-sbom.cdx.xml, cyclonedx",
    "spdx/mail-gateway.spdx.json, spdx",
    "spdx/mail-gateway.spdx, spdx",
  })
  void autoDetectsFixtureFormats(String fixture, String expected) {
    assertThat(InventoryFiles.detectFormat(Golden.fixture(fixture))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "x.bin|{\"bomFormat\":\"CycloneDX\"}|cyclonedx",
        "x.json|  {\"spdxVersion\":\"SPDX-2.3\"}|spdx",
        "x.json|{\"name\":\"programs\",\"hostIdentifier\":\"h\"}|osquery",
        "sbom.cdx.json|{\"metadata\":{}}|cyclonedx",
        "doc.spdx.json|{\"packages\":[]}|spdx",
        "x|<?xml version=\"1.0\"?><bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"/>|cyclonedx",
        "export.txt|Name,Version|csv",
        "export|DisplayName;Publisher|csv",
        "x.json.gz|[{\"name\":\"a\"}]|osquery",
      })
  void detectsByContentThenName(String name, String head, String expected) {
    byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
    assertThat(InventoryFormats.detect(name, bytes, bytes.length)).isEqualTo(expected);
  }

  @Test
  void refusesWhatNoReaderTakes() {
    byte[] html = "<html/>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> InventoryFormats.detect("page.xml", html, html.length))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("not a CycloneDX BOM");
    byte[] garbage = {0x00, 0x13, (byte) 0xff, 0x42, '\n', 0x01};
    assertThatThrownBy(() -> InventoryFiles.read(writeTemp(garbage), "auto", new CollectingSink()))
        .isInstanceOf(UnreadableInventoryException.class);
  }

  private static Path writeTemp(byte[] bytes) {
    try {
      Path file = Files.createTempFile("garbage", ".bin");
      file.toFile().deleteOnExit();
      return Files.write(file, bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void unknownFormatIdListsTheValidOnes() {
    assertThatThrownBy(() -> InventoryReaders.byId("swid"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown input format 'swid'; expected one of osquery, csv, cyclonedx, spdx or auto");
    assertThat(InventoryReaders.byId(" CycloneDX ").formatId()).isEqualTo("cyclonedx");
    assertThat(InventoryReaders.ids())
        .isNotEmpty()
        .allSatisfy(id -> assertThat(InventoryReaders.byId(id).formatId()).isEqualTo(id));
  }

  @Test
  void readsGzipTransparently(@TempDir Path temp) throws Exception {
    Path gz = temp.resolve("programs.log.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(Golden.fixture("osquery/programs-snapshot.ndjson")));
    }
    CollectingSink sink = new CollectingSink();
    InventoryFiles.read(gz, InventoryReaders.AUTO, sink);
    assertThat(sink.names()).contains("Kaspersky Endpoint Security for Windows");
    assertThat(sink.records.get(0).location().file()).isEqualTo(gz.toString());
  }

  @Test
  void readsWithExplicitFormatAndMapping(@TempDir Path temp) throws Exception {
    Path csv = temp.resolve("custom.dat");
    Files.writeString(csv, "Machine|Prog\nPC-1|Kaspersky Free\n", StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    InventoryFiles.read(csv, "csv", CsvColumnMapping.parse("host=Machine,name=Prog"), sink);
    assertThat(sink.records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.host()).isEqualTo("PC-1");
              assertThat(r.name()).isEqualTo("Kaspersky Free");
            });
  }

  @Test
  void missingFileIsUnreadable(@TempDir Path temp) {
    assertThatThrownBy(
            () -> InventoryFiles.read(temp.resolve("nope.csv"), "auto", new CollectingSink()))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("nope.csv: no such file");
  }
}
