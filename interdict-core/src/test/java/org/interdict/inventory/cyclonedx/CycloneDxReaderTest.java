package org.interdict.inventory.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.inventory.CollectingSink;
import org.interdict.inventory.Golden;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.model.SoftwareRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CycloneDxReaderTest {
  private final CycloneDxReader reader = new CycloneDxReader();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mail-gateway-sbom.cdx.json",
        "mail-gateway-sbom.cdx.xml",
        "truncated.cdx.json",
        "malformed.cdx.xml"
      })
  void fixturesMatchGolden(String file) {
    Golden.check(reader, Golden.fixture("cyclonedx/" + file), "cyclonedx/" + file + ".golden");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "valid-bom-1.6.json",
        "valid-bom-1.6.xml",
        "valid-bom-1.7.json",
        "valid-component-identifiers-1.6.json",
        "valid-component-swid-full-1.6.json",
        "valid-metadata-supplier-1.6.json",
        "obom-keycloak.json",
        "hbom-pcie-sata-adapter.json",
        "sbom-cern-lhc-vdm-editor.json",
        "sbom-cern-lhc-vdm-editor.xml",
        "syft-image-encoder-1.7.json",
        "syft-image-encoder-1.7.xml"
      })
  void sharedSamplesMatchGolden(String file) {
    Path shared = Golden.sharedInventories().resolve("cyclonedx").resolve(file);
    CollectingSink sink = Golden.check(reader, shared, "shared/cyclonedx/" + file + ".golden");
    assertThat(sink.errors).as("conformance samples read cleanly").isEmpty();
  }

  @Test
  void jsonAndXmlOfTheSameSbomAgreeOnTheKasperskySdk() {
    for (String file : new String[] {"mail-gateway-sbom.cdx.json", "mail-gateway-sbom.cdx.xml"}) {
      CollectingSink sink =
          Golden.check(
              reader, Golden.fixture("cyclonedx/" + file), "cyclonedx/" + file + ".golden");
      SoftwareRecord sdk =
          sink.records.stream()
              .filter(r -> r.name().equals("Kaspersky Anti-Virus SDK"))
              .findFirst()
              .orElseThrow();
      assertThat(sdk.parentName()).isEqualTo("Acme Scan Engine");
      assertThat(sdk.publisher()).isEqualTo("AO Kaspersky Lab");
      assertThat(sdk.purl()).isEqualTo("pkg:generic/kaspersky/kav-sdk@8.9");
      assertThat(sdk.bundleId()).isEqualTo("kaspersky.com-kavsdk-8.9");
      assertThat(sdk.packageName()).isEqualTo("kaspersky/Kaspersky Anti-Virus SDK");
      assertThat(sdk.location().pointer())
          .isIn(
              "/components/1/components/0", "/bom/components/component[2]/components/component[1]");
      assertThat(sdk.location().line()).isPositive();
      SoftwareRecord engine =
          sink.records.stream()
              .filter(r -> r.name().equals("Acme Scan Engine"))
              .findFirst()
              .orElseThrow();
      assertThat(engine.parentName()).isEqualTo("Acme Mail Gateway");
      assertThat(sink.names()).contains("Acme Mail Gateway");
    }
  }

  @Test
  void truncatedJsonKeepsComponentsReadBeforeTheBreak() {
    CollectingSink sink =
        Golden.check(
            reader,
            Golden.fixture("cyclonedx/truncated.cdx.json"),
            "cyclonedx/truncated.cdx.json.golden");
    assertThat(sink.names()).containsExactly("zlib");
    assertThat(sink.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.errorId()).isEqualTo("malformed-json");
              assertThat(e.location().line()).isEqualTo(3);
            });
  }

  @Test
  void externalEntityIsRefusedAndNeverRead(@TempDir Path temp) throws Exception {
    Path secret = temp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT-42", StandardCharsets.UTF_8);
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\"><components><component type=\"library\">"
            + "<name>&xxe;</name><version>1</version></component></components></bom>\n";
    CollectingSink sink = new CollectingSink();
    reader.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "xxe.xml", sink);
    assertThat(sink.records).isEmpty();
    assertThat(sink.errorIds()).containsExactly("forbidden-dtd");
    assertThat(Golden.render(sink)).doesNotContain("TOP-SECRET-CONTENT-42");
  }

  @Test
  void parameterEntityDtdIsRefused(@TempDir Path temp) throws Exception {
    Path dtd = temp.resolve("evil.dtd");
    Files.writeString(dtd, "<!ENTITY leak \"LEAKED-FROM-DTD\">", StandardCharsets.UTF_8);
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE bom SYSTEM \""
            + dtd.toUri()
            + "\">\n"
            + "<bom><components><component><name>&leak;</name></component></components></bom>";
    CollectingSink sink = new CollectingSink();
    reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "dtd.xml", sink);
    assertThat(sink.errorIds()).containsExactly("forbidden-dtd");
    assertThat(Golden.render(sink)).doesNotContain("LEAKED-FROM-DTD");
  }

  @Test
  void otherDocumentsAreUnreadable() {
    assertThatThrownBy(() -> read("{\"bomFormat\":\"SPDX\"}"))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("expected 'CycloneDX'");
    assertThatThrownBy(() -> read("<html><body/></html>"))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("<html>");
    assertThatThrownBy(() -> read("\u0001\u0002garbage"))
        .isInstanceOf(UnreadableInventoryException.class);
  }

  @Test
  void emptyFileGivesOneError() {
    assertThat(read("").errorIds()).containsExactly("empty-input");
  }

  private CollectingSink read(String text) {
    CollectingSink sink = new CollectingSink();
    reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "inline", sink);
    return sink;
  }
}
