package org.interdict.inventory.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.interdict.inventory.CollectingSink;
import org.interdict.inventory.InventoryFiles;
import org.interdict.inventory.InventoryReaders;
import org.interdict.inventory.UnreadableInventoryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reader reads the same inventory alike in UTF-8, UTF-16 and UTF-32, with and without a byte
 * order mark (issue 9, failure 2: UTF-16 SPDX read as an empty document, exit 0, although it listed
 * Kaspersky).
 */
class EncodedInventoriesTest {
  private static final String KASPERSKY = "Kaspersky Endpoint Security for Windows";

  /**
   * One small document per reader, each listing Kaspersky once, under a name that does not give it
   * away.
   */
  private static final String[][] DOCUMENTS = {
    {
      "osquery-array",
      "[{\"name\":\"" + KASPERSKY + "\",\"version\":\"12.0\",\"publisher\":\"AO Kaspersky Lab\"}]\n"
    },
    {
      "osquery-log",
      "{\"name\":\"programs\",\"hostIdentifier\":\"ws-1\",\"action\":\"added\",\"columns\":{\"name\":\""
          + KASPERSKY
          + "\",\"version\":\"12.0\"}}\n{\"name\":\"programs\",\"hostIdentifier\":\"ws-2\",\"action\":"
          + "\"added\",\"columns\":{\"name\":\"Notepad++\",\"version\":\"8\"}}\n"
    },
    {"csv", "DeviceName,DisplayName,Publisher\nws-1," + KASPERSKY + ",AO Kaspersky Lab\n"},
    {
      "cyclonedx-json",
      "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"components\":[{\"name\":\""
          + KASPERSKY
          + "\",\"version\":\"12.0\"}]}"
    },
    {
      "cyclonedx-xml",
      "<?xml version=\"1.0\" encoding=\"ENCODING\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\">"
          + "<components><component type=\"application\"><name>"
          + KASPERSKY
          + "</name></component></components></bom>\n"
    },
    {
      "spdx-json",
      "{\"spdxVersion\":\"SPDX-2.3\",\"SPDXID\":\"SPDXRef-DOCUMENT\",\"packages\":[{\"SPDXID\":"
          + "\"SPDXRef-k\",\"name\":\""
          + KASPERSKY
          + "\",\"versionInfo\":\"12.0\"}]}"
    },
    {
      "spdx-tag-value",
      "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nPackageName: "
          + KASPERSKY
          + "\nSPDXID: SPDXRef-k\nPackageVersion: 12.0\n"
    },
  };

  private static final String[] ENCODINGS = {
    "UTF-8",
    "UTF-8+BOM",
    "UTF-16LE",
    "UTF-16LE+BOM",
    "UTF-16BE",
    "UTF-16BE+BOM",
    "UTF-32LE",
    "UTF-32LE+BOM",
    "UTF-32BE",
    "UTF-32BE+BOM",
  };

  static Stream<Arguments> documentsInEveryEncoding() {
    return Stream.of(DOCUMENTS)
        .flatMap(d -> Stream.of(ENCODINGS).map(e -> Arguments.of(d[0], e, d[1])));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("documentsInEveryEncoding")
  void readsTheSameRecordsInEveryUnicodeEncoding(
      String kind, String encoding, String text, @TempDir Path temp) throws Exception {
    Path file = temp.resolve("inventory.dat");
    Files.write(file, encode(text, encoding));

    CollectingSink sink = new CollectingSink();
    InventoryFiles.read(file, InventoryReaders.AUTO, sink);

    assertThat(sink.errors).as("errors").isEmpty();
    assertThat(sink.names()).as("records").contains(KASPERSKY);
    assertThat(sink.records.get(0).location().line()).isGreaterThan(0);
  }

  @Test
  void invalidBytesInSpdxTagValueAreReplacedAndReportedOnceLikeCsv(@TempDir Path temp)
      throws Exception {
    byte[] latin1 =
        ("SPDXVersion: SPDX-2.3\nPackageName: "
                + KASPERSKY
                + "\nPackageSupplier: Organization: Soci\u00e9t\u00e9\n"
                + "PackageName: Caf\u00e9 Tool\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(temp.resolve("latin1.spdx"), latin1);

    CollectingSink sink = new CollectingSink();
    InventoryFiles.read(file, InventoryReaders.AUTO, sink);

    assertThat(sink.names()).containsExactly(KASPERSKY, "Caf\uFFFD Tool");
    assertThat(sink.errors)
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo("invalid-encoding");
              assertThat(error.location().line()).isEqualTo(3);
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE+BOM", "UTF-32LE", "UTF-32BE+BOM"})
  void transcodesLargeFilesWithCharactersOutsideTheBmpAcrossBufferBoundaries(
      String encoding, @TempDir Path temp) throws Exception {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      log.append(
              "{\"name\":\"programs\",\"action\":\"added\",\"columns\":{\"name\":\"\uD835\uDCA6 app ")
          .append(i)
          .append(" \u041A\u0430\u0441\u043F\u0435\u0440\u0441\u043A\u0438\u0439\"}}\n");
    }
    Path file = Files.write(temp.resolve("big.ndjson"), encode(log.toString(), encoding));

    CollectingSink sink = new CollectingSink();
    InventoryFiles.read(file, InventoryReaders.AUTO, sink);

    assertThat(sink.errors).isEmpty();
    assertThat(sink.records).hasSize(5_000);
    assertThat(sink.names().get(4_321))
        .isEqualTo(
            "\uD835\uDCA6 app 4321 \u041A\u0430\u0441\u043F\u0435\u0440\u0441\u043A\u0438\u0439");
    assertThat(sink.records.get(4_321).location().line()).isEqualTo(4_322);
  }

  @Test
  void recordsBeforeBytesInvalidInUtf16AreKeptAndTheFileIsNamed(@TempDir Path temp)
      throws Exception {
    String good =
        "{\"name\":\"programs\",\"action\":\"added\",\"columns\":{\"name\":\""
            + KASPERSKY
            + "\"}}\n"
            + "{\"name\":\"programs\",\"action\":\"added\",\"columns\":{\"name\":\"Notepad++\"}}\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(good.getBytes(StandardCharsets.UTF_16LE));
    bytes.write(new byte[] {'{', 0, 0x00, (byte) 0xDC, '}', 0}); // a lone low surrogate: not UTF-16
    Path file = Files.write(temp.resolve("broken-utf16.ndjson"), bytes.toByteArray());

    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> InventoryFiles.read(file, InventoryReaders.AUTO, sink))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("broken-utf16.ndjson")
        .hasMessageContaining("not valid UTF-16LE at byte " + (good.length() * 2 + 2));
    assertThat(sink.names()).containsExactly(KASPERSKY, "Notepad++");
  }

  static byte[] encode(String text, String encoding) throws Exception {
    boolean bom = encoding.endsWith("+BOM");
    Charset charset = Charset.forName(encoding.replace("+BOM", ""));
    String xmlName = charset.name().startsWith("UTF-8") ? "UTF-8" : charset.name();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(((bom ? "\uFEFF" : "") + text.replace("ENCODING", xmlName)).getBytes(charset));
    return out.toByteArray();
  }
}
