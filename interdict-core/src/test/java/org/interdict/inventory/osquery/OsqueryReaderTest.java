package org.interdict.inventory.osquery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.interdict.inventory.CollectingSink;
import org.interdict.inventory.Golden;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OsqueryReaderTest {
  private final OsqueryReader reader = new OsqueryReader();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "programs-snapshot.ndjson",
        "apps.json",
        "deb-packages.json",
        "malformed-line.ndjson",
        "truncated.json"
      })
  void fixturesMatchGolden(String file) {
    Golden.check(reader, Golden.fixture("osquery/" + file), "osquery/" + file + ".golden");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "docs-event-format.ndjson",
        "docs-snapshot-format.ndjson",
        "docs-batch-format.ndjson"
      })
  void sharedSamplesMatchGolden(String file) {
    Path shared = Golden.sharedInventories().resolve("osquery").resolve(file);
    Golden.check(reader, shared, "shared/osquery/" + file + ".golden");
  }

  @Test
  void snapshotLogYieldsWindowsProgramsWithHostAndLine() {
    CollectingSink sink =
        Golden.check(
            reader,
            Golden.fixture("osquery/programs-snapshot.ndjson"),
            "osquery/programs-snapshot.ndjson.golden");
    SoftwareRecord kes = sink.records.get(0);
    assertThat(kes.kind()).isEqualTo(RecordKind.WINDOWS_PROGRAM);
    assertThat(kes.name()).isEqualTo("Kaspersky Endpoint Security for Windows");
    assertThat(kes.publisher()).isEqualTo("AO Kaspersky Lab");
    assertThat(kes.host()).isEqualTo("WS-ACCT-017");
    assertThat(kes.location().line()).isEqualTo(1);
    assertThat(kes.location().pointer()).isEqualTo("/snapshot/0");
    assertThat(sink.names()).doesNotContain("Kaspersky Free", "klnagent64");
    assertThat(sink.records)
        .extracting(SoftwareRecord::kind)
        .contains(
            RecordKind.DEB_PACKAGE,
            RecordKind.RPM_PACKAGE,
            RecordKind.BROWSER_EXTENSION,
            RecordKind.SERVICE,
            RecordKind.PROCESS);
    assertThat(sink.errors).isEmpty();
  }

  @Test
  void malformedLineIsReportedAndLaterLinesAreRead() {
    CollectingSink sink =
        Golden.check(
            reader,
            Golden.fixture("osquery/malformed-line.ndjson"),
            "osquery/malformed-line.ndjson.golden");
    assertThat(sink.names())
        .containsExactly(
            "Notepad++ (64-bit x64)",
            "Kaspersky Endpoint Security for Windows",
            "WinRAR 7.01 (64-bit)");
    assertThat(sink.errors).extracting(e -> e.location().line()).containsExactly(2L, 5L, 6L);
    assertThat(sink.errorIds()).containsOnly("malformed-json");
  }

  @Test
  void truncatedArrayKeepsRowsReadBeforeTheBreak() {
    CollectingSink sink =
        Golden.check(
            reader, Golden.fixture("osquery/truncated.json"), "osquery/truncated.json.golden");
    assertThat(sink.names()).containsExactly("Kaspersky Password Manager", "VLC media player");
    assertThat(sink.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.errorId()).isEqualTo("malformed-json");
              assertThat(e.message()).contains("line 4");
            });
    assertThat(sink.records.get(1).location().pointer()).isEqualTo("/1");
    assertThat(sink.records.get(1).location().line()).isEqualTo(3);
  }

  @Test
  void binaryGarbageIsUnreadable() {
    byte[] garbage = {0x00, (byte) 0x9c, 0x13, (byte) 0xff, 0x42};
    assertThatThrownBy(
            () ->
                reader.read(new ByteArrayInputStream(garbage), "garbage.bin", new CollectingSink()))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("garbage.bin")
        // 00 9c looks like UTF-16BE, so the first character is U+009C, 0xc2 0x9c in UTF-8
        .hasMessageContaining("not osquery output")
        .hasMessageContaining("found byte 0xc2");
  }

  @Test
  void emptyFileGivesOneErrorAndNoRecords() {
    CollectingSink sink = read("  \n\n");
    assertThat(sink.records).isEmpty();
    assertThat(sink.errorIds()).containsExactly("empty-input");
  }

  @Test
  void overlongLineIsSkippedAndTheNextLineRead() {
    String longLine = "{\"name\":\"programs\",\"columns\":{\"name\":\"" + "x".repeat(5000) + "\"}}";
    String next =
        "{\"name\":\"programs\",\"action\":\"added\",\"columns\":{\"name\":\"Kaspersky Free\"}}";
    CollectingSink sink = new CollectingSink();
    new OsqueryReader(1024).read(bytes(longLine + "\n" + next + "\n"), "long.ndjson", sink);
    assertThat(sink.errorIds()).containsExactly("line-too-long");
    assertThat(sink.names()).containsExactly("Kaspersky Free");
    assertThat(sink.records.get(0).location().line()).isEqualTo(2);
  }

  @Test
  void longLineWithinTheLimitIsRead() {
    String name = "Kaspersky " + "y".repeat(3_000_000);
    CollectingSink sink = read("{\"name\":\"programs\",\"columns\":{\"name\":\"" + name + "\"}}");
    assertThat(sink.names()).containsExactly(name);
  }

  @Test
  void rowsWithoutANameColumnAreNotRecords() {
    CollectingSink sink =
        read("[{\"uuid\":\"abc\",\"cpu_type\":\"x86_64\"},{\"name\":\"Kaspersky Free\"}]");
    assertThat(sink.names()).containsExactly("Kaspersky Free");
    assertThat(sink.records.get(0).kind()).isEqualTo(RecordKind.SOFTWARE);
    assertThat(sink.errors).isEmpty();
  }

  @Test
  void byteOrderMarkBeforeTheFirstLineIsIgnored() {
    CollectingSink sink =
        read("\uFEFF{\"name\":\"programs\",\"columns\":{\"name\":\"Kaspersky Free\"}}\n");
    assertThat(sink.names()).containsExactly("Kaspersky Free");
    assertThat(sink.errors).isEmpty();
  }

  private CollectingSink read(String text) {
    CollectingSink sink = new CollectingSink();
    reader.read(bytes(text), "inline.json", sink);
    return sink;
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
