package org.interdict.inventory.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.interdict.inventory.CollectingSink;
import org.interdict.inventory.InventoryFiles;
import org.interdict.inventory.InventoryReaders;
import org.interdict.model.SoftwareRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One 100,000-digit number in a JSON inventory is an error on its record, and the rest of the
 * document is still read (issue 9: Jackson's number-length limit refused the whole document, losing
 * its valid records).
 */
class LongNumbersTest {
  private static final String HUGE = "9".repeat(100_000);

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(
            "fleet.json",
            "[{\"name\":\"Kaspersky Free\",\"version\":\"1\"},\n{\"name\":\"Odd\","
                + "\"version\":HUGE},\n{\"name\":\"Kaspersky Endpoint Security for Windows\",\"version\":\"12\"}]",
            2L,
            "/1",
            "version"),
        Arguments.of(
            "fleet.ndjson",
            "{\"name\":\"programs\",\"action\":\"added\",\"columns\":{\"name\":"
                + "\"Kaspersky Free\"}}\n{\"name\":\"programs\",\"action\":\"added\",\"columns\":{\"name\":\"Odd\","
                + "\"version\":HUGE}}\n{\"name\":\"programs\",\"action\":\"added\",\"columns\":{\"name\":"
                + "\"Kaspersky Endpoint Security for Windows\"}}\n",
            2L,
            "/columns",
            "version"),
        Arguments.of(
            "sbom.cdx.json",
            "{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"Kaspersky Free\"},"
                + "\n{\"name\":\"Odd\",\"version\":HUGE},\n{\"name\":\"Kaspersky Endpoint Security for Windows\"}]}",
            2L,
            "/components/1",
            "version"),
        Arguments.of(
            "sbom.spdx.json",
            "{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{\"name\":\"Kaspersky Free\"},"
                + "\n{\"name\":\"Odd\",\"versionInfo\":HUGE},\n{\"name\":\"Kaspersky Endpoint Security for Windows\"}]}",
            2L,
            "/packages/1",
            "versionInfo"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aHugeNumberIsAnErrorOnItsRecordAndTheRestIsRead(
      String name, String template, long line, String pointer, String field, @TempDir Path temp)
      throws Exception {
    Path file = Files.writeString(temp.resolve(name), template.replace("HUGE", HUGE));

    CollectingSink sink = new CollectingSink();
    InventoryFiles.read(file, InventoryReaders.AUTO, sink);

    assertThat(sink.names())
        .containsExactly("Kaspersky Free", "Odd", "Kaspersky Endpoint Security for Windows");
    assertThat(sink.records)
        .extracting(SoftwareRecord::version)
        .allSatisfy(v -> assertThat(v).hasSizeLessThan(10));
    assertThat(sink.errors)
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo("number-too-long");
              assertThat(error.location().line()).isEqualTo(line);
              assertThat(error.location().pointer()).isEqualTo(pointer);
              assertThat(error.message()).contains(field, "100000 digits");
            });
  }
}
