package org.interdict.inventory.spdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.interdict.inventory.CollectingSink;
import org.interdict.inventory.Golden;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.model.SoftwareRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpdxJsonReaderTest {
  private final SpdxJsonReader reader = new SpdxJsonReader();

  @ParameterizedTest
  @ValueSource(strings = {"mail-gateway.spdx.json", "truncated.spdx.json", "mail-gateway.spdx"})
  void fixturesMatchGolden(String file) {
    Golden.check(new SpdxReader(), Golden.fixture("spdx/" + file), "spdx/" + file + ".golden");
  }

  @Test
  void tagValueGivesTheSameRecordsAsJson() {
    CollectingSink json =
        Golden.check(
            new SpdxReader(),
            Golden.fixture("spdx/mail-gateway.spdx.json"),
            "spdx/mail-gateway.spdx.json.golden");
    CollectingSink tagValue =
        Golden.check(
            new SpdxReader(),
            Golden.fixture("spdx/mail-gateway.spdx"),
            "spdx/mail-gateway.spdx.golden");
    assertThat(tagValue.records)
        .extracting(
            SoftwareRecord::name,
            SoftwareRecord::version,
            SoftwareRecord::publisher,
            SoftwareRecord::purl,
            SoftwareRecord::cpe,
            SoftwareRecord::parentName)
        .isEqualTo(
            json.records.stream()
                .map(
                    r ->
                        org.assertj.core.groups.Tuple.tuple(
                            r.name(),
                            r.version(),
                            r.publisher(),
                            r.purl(),
                            r.cpe(),
                            r.parentName()))
                .toList());
  }

  @Test
  void sharedTagValueExampleMatchesGolden() {
    Path shared = Golden.sharedInventories().resolve("spdx").resolve("SPDXTagExample-v2.3.spdx");
    CollectingSink sink =
        Golden.check(new SpdxReader(), shared, "shared/spdx/SPDXTagExample-v2.3.spdx.golden");
    assertThat(sink.names()).containsExactly("glibc", "Apache Commons Lang", "Jena", "Saxon");
    assertThat(sink.records.get(2).parentName()).isEqualTo("glibc");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SPDXJSONExample-v2.3.spdx.json",
        "syft-alpine-3.10.spdx22.json",
        "syft-go-module.spdx23.json"
      })
  void sharedSamplesMatchGolden(String file) {
    Path shared = Golden.sharedInventories().resolve("spdx").resolve(file);
    CollectingSink sink = Golden.check(reader, shared, "shared/spdx/" + file + ".golden");
    assertThat(sink.records).isNotEmpty();
    assertThat(sink.errors).isEmpty();
  }

  @Test
  void describedPackageIsTheParentOfTheOthers() {
    CollectingSink sink =
        Golden.check(
            reader,
            Golden.fixture("spdx/mail-gateway.spdx.json"),
            "spdx/mail-gateway.spdx.json.golden");
    SoftwareRecord sdk = sink.records.get(1);
    assertThat(sdk.name()).isEqualTo("Kaspersky Anti-Virus SDK");
    assertThat(sdk.publisher()).isEqualTo("AO Kaspersky Lab");
    assertThat(sdk.purl()).isEqualTo("pkg:generic/kaspersky/kav-sdk@8.9");
    assertThat(sdk.cpe()).startsWith("cpe:2.3:a:kaspersky");
    assertThat(sdk.parentName()).isEqualTo("Acme Mail Gateway");
    assertThat(sdk.location().pointer()).isEqualTo("/packages/1");
    assertThat(sink.records.get(0).parentName()).isEmpty();
    SoftwareRecord zlib = sink.records.get(2);
    assertThat(zlib.version()).isEmpty();
    assertThat(zlib.publisher()).isEqualTo("Jean-loup Gailly");
    assertThat(sink.errorIds()).containsExactly("missing-name");
  }

  @Test
  void truncatedDocumentKeepsPackagesReadBeforeTheBreak() {
    CollectingSink sink =
        Golden.check(
            reader, Golden.fixture("spdx/truncated.spdx.json"), "spdx/truncated.spdx.json.golden");
    assertThat(sink.names()).containsExactly("busybox");
    assertThat(sink.errorIds()).containsExactly("malformed-json");
  }

  @Test
  void otherDocumentsAreUnreadable() {
    assertThatThrownBy(() -> read("{\"spdxVersion\":\"SPDX-3.0\"}"))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("SPDX-3.0");
    assertThatThrownBy(() -> read("[1,2]")).isInstanceOf(UnreadableInventoryException.class);
    assertThat(read("").errorIds()).containsExactly("empty-input");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Organization: AO Kaspersky Lab|AO Kaspersky Lab",
        "Person: Jane Doe (jane@example.com)|Jane Doe (jane@example.com)",
        "NOASSERTION|''",
        "Tool: syft|syft",
        "Kaspersky|Kaspersky",
      })
  void supplierPrefixesAreStripped(String value, String party) {
    assertThat(SpdxValues.party(value)).isEqualTo(party);
  }

  private CollectingSink read(String text) {
    CollectingSink sink = new CollectingSink();
    reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "inline", sink);
    return sink;
  }
}
