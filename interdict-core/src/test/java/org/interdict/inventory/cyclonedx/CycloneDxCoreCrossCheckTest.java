package org.interdict.inventory.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.BomParserFactory;
import org.cyclonedx.parsers.JsonParser;
import org.interdict.inventory.CollectingSink;
import org.interdict.inventory.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks our streaming reader against the reference library cyclonedx-core-java (test scope only,
 * see docs/adr/001-streaming-inventory-readers.md): fixtures must be schema-valid, and both must
 * see the same components.
 */
class CycloneDxCoreCrossCheckTest {
  @Test
  void kasperskyFixtureIsSchemaValid() throws Exception {
    File fixture = Golden.fixture("cyclonedx/mail-gateway-sbom.cdx.json").toFile();
    assertThat(new JsonParser().validate(fixture, Version.VERSION_16)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "valid-bom-1.6.json",
        "valid-bom-1.6.xml",
        "sbom-cern-lhc-vdm-editor.json",
        "sbom-cern-lhc-vdm-editor.xml",
        "obom-keycloak.json",
        "hbom-pcie-sata-adapter.json"
      })
  void sharedSamplesHaveTheSameComponentsAsTheLibrarySees(String file) throws Exception {
    Path shared = Golden.sharedInventories().resolve("cyclonedx").resolve(file);
    sameComponents(shared);
  }

  @Test
  void kasperskyFixtureHasTheSameComponentsAsTheLibrarySees() throws Exception {
    sameComponents(Golden.fixture("cyclonedx/mail-gateway-sbom.cdx.json"));
  }

  private static void sameComponents(Path file) throws Exception {
    Bom bom = BomParserFactory.createParser(file.toFile()).parse(file.toFile());
    List<String> expected = new ArrayList<>();
    if (bom.getMetadata() != null && bom.getMetadata().getComponent() != null) {
      flatten(List.of(bom.getMetadata().getComponent()), expected);
    }
    flatten(bom.getComponents(), expected);
    CollectingSink sink =
        Golden.check(
            new CycloneDxReader(),
            file,
            (file.startsWith(Golden.fixture("")) ? "cyclonedx/" : "shared/cyclonedx/")
                + file.getFileName()
                + ".golden");
    assertThat(sink.names()).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static void flatten(List<Component> components, List<String> names) {
    if (components == null) {
      return;
    }
    for (Component component : components) {
      names.add(component.getName());
      flatten(component.getComponents(), names);
    }
  }
}
