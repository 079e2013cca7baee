package org.interdict.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.model.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A document whose structure a reader does not recognise is an error, never an empty inventory
 * (issue 9, failure 2: {@code components} as an object read as "0 records, 0 errors", exit 0).
 */
class UnrecognisedStructureTest {
  private static final String KASPERSKY = "Kaspersky Endpoint Security for Windows";

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // issue 9 failure 2: the container of the records is an object, not an array
        "cdx-components-object.json|{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"components\":{\"name\":\"KES\"}}|/components",
        "spdx-packages-object.json|{\"spdxVersion\":\"SPDX-2.3\",\"packages\":{\"a\":{\"name\":\"KES\"}}}|/packages",
        "cdx-nested-object.json|{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"Suite\",\"components\":{\"name\":\"KES\"}}]}|/components/0/components",
        "cdx-metadata-array.json|{\"bomFormat\":\"CycloneDX\",\"metadata\":[{\"component\":{\"name\":\"KES\"}}]}|/metadata",
        "osquery-snapshot-object.ndjson|{\"name\":\"programs\",\"action\":\"snapshot\",\"snapshot\":{\"name\":\"KES\"}}|/snapshot",
        "osquery-columns-array.ndjson|{\"name\":\"programs\",\"action\":\"added\",\"columns\":[{\"name\":\"KES\"}]}|/columns",
        "osquery-added-object.ndjson|{\"name\":\"programs\",\"diffResults\":{\"added\":{\"name\":\"KES\"}}}|/diffResults/added",
        "osquery-unknown-shape.ndjson|{\"name\":\"programs\",\"hostIdentifier\":\"h\",\"rows\":[{\"name\":\"KES\"}]}|",
      })
  void aKnownFieldOfTheWrongShapeIsAnErrorNamingIt(String name, String content, String pointer)
      throws Exception {
    CollectingSink sink = read(name, content.getBytes(StandardCharsets.UTF_8));

    assertThat(sink.names()).doesNotContain("KES");
    assertThat(sink.errors)
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo("unexpected-structure");
              assertThat(error.location().file()).endsWith(name);
              assertThat(error.location().line()).isEqualTo(1);
              assertThat(error.location().pointer()).isEqualTo(pointer == null ? "" : pointer);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "no-bomformat.cdx.json|{\"specVersion\":\"1.5\",\"components\":[{\"name\":\""
            + KASPERSKY
            + "\"}]}|bomFormat",
        "no-spdxversion.spdx.json|{\"packages\":[{\"name\":\"" + KASPERSKY + "\"}]}|spdxVersion",
        "no-spdxversion.spdx|PackageName: " + KASPERSKY + "|SPDXVersion",
      })
  void aDocumentWithoutItsFormatMarkerKeepsItsRecordsAndSaysSo(
      String name, String content, String marker) throws Exception {
    CollectingSink sink = read(name, content.getBytes(StandardCharsets.UTF_8));

    assertThat(sink.names()).containsExactly(KASPERSKY);
    assertThat(sink.errors)
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo("unexpected-structure");
              assertThat(error.message()).contains(marker);
            });
  }

  @Test
  void fourKibOfNulBytesNamedSpdxIsAnError() throws Exception {
    CollectingSink sink = read("zeros.spdx", new byte[4096]);

    assertThat(sink.records).isEmpty();
    assertThat(sink.errors).extracting(InputError::errorId).containsExactly("unexpected-structure");
    assertThat(sink.errors.get(0).message()).contains("SPDXVersion");
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "zeros.json, osquery",
    "zeros.csv, csv",
    "zeros.cdx.json, cyclonedx",
    "zeros.spdx.json, spdx"
  })
  void binaryZerosAreNeverAnEmptyInventory(String name, String format) throws Exception {
    Path file = Files.write(temp.resolve(name), new byte[4096]);
    CollectingSink sink = new CollectingSink();

    try {
      InventoryFiles.read(file, format, sink);
    } catch (UnreadableInventoryException e) {
      assertThat(e).hasMessageContaining(name);
      return;
    }
    assertThat(sink.records).isEmpty();
    assertThat(sink.errors).isNotEmpty();
  }

  @Test
  void csvWithoutARecognisedHeaderIsRefused() throws Exception {
    Path file = Files.writeString(temp.resolve("export.csv"), "Foo,Bar\n" + KASPERSKY + ",1\n");

    assertThatThrownBy(() -> InventoryFiles.read(file, "auto", new CollectingSink()))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("export.csv: no column holds the software name");
  }

  @Test
  void emptyOsqueryFileIsAnError() throws Exception {
    CollectingSink sink = read("empty.json", new byte[0]);

    assertThat(sink.errorIds()).containsExactly("empty-input");
  }

  private CollectingSink read(String name, byte[] content) throws Exception {
    Path file = Files.write(temp.resolve(name), content);
    CollectingSink sink = new CollectingSink();
    InventoryFiles.read(file, InventoryReaders.AUTO, sink);
    return sink;
  }
}
