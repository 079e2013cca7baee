package org.interdict.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.interdict.inventory.CollectingSink;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.Golden;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.model.SoftwareRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvInventoryReaderTest {
  private final CsvInventoryReader reader = new CsvInventoryReader();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "intune-export.csv",
        "intune-export-utf16le.csv",
        "sccm-installed-software.csv",
        "lansweeper.tsv",
        "registry-ragged.csv",
        "wrong-encoding.csv"
      })
  void fixturesMatchGolden(String file) {
    Golden.check(reader, Golden.fixture("csv/" + file), "csv/" + file + ".golden");
  }

  @Test
  void intuneExportMapsColumnsAndKeepsCyrillic() {
    CollectingSink sink =
        Golden.check(
            reader, Golden.fixture("csv/intune-export.csv"), "csv/intune-export.csv.golden");
    assertThat(sink.errors).isEmpty();
    SoftwareRecord russian = sink.records.get(1);
    assertThat(russian.name()).isEqualTo("Антивирус Касперского");
    assertThat(russian.publisher()).isEqualTo("АО «Лаборатория Касперского»");
    assertThat(russian.host()).isEqualTo("WS-ACCT-021");
    assertThat(russian.location().line()).isEqualTo(3);
    assertThat(sink.names()).contains("Zoom Workplace (64-bit), \"per-user\"");
  }

  @Test
  void utf16ExcelExportReadsLikeTheUtf8One() {
    CollectingSink utf8 =
        Golden.check(
            reader, Golden.fixture("csv/intune-export.csv"), "csv/intune-export.csv.golden");
    CollectingSink utf16 =
        Golden.check(
            reader,
            Golden.fixture("csv/intune-export-utf16le.csv"),
            "csv/intune-export-utf16le.csv.golden");
    assertThat(utf16.names()).isEqualTo(utf8.names());
    assertThat(utf16.errors).isEmpty();
  }

  @Test
  void raggedRowsAndNamelessRowsAreReportedAndSkipped() {
    CollectingSink sink =
        Golden.check(
            reader, Golden.fixture("csv/registry-ragged.csv"), "csv/registry-ragged.csv.golden");
    assertThat(sink.names())
        .containsExactly(
            "7-Zip 23.01 (x64)", "Multi\nline name", "Kaspersky VPN Secure Connection");
    assertThat(sink.errors)
        .extracting(e -> e.errorId() + "@" + e.location().line())
        .containsExactly("wrong-field-count@3", "missing-name@4", "wrong-field-count@7");
    assertThat(sink.records.get(2).location().line()).isEqualTo(8);
  }

  @Test
  void invalidBytesAreReplacedAndReportedOnce() {
    CollectingSink sink =
        Golden.check(
            reader, Golden.fixture("csv/wrong-encoding.csv"), "csv/wrong-encoding.csv.golden");
    assertThat(sink.records).hasSize(4);
    assertThat(sink.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.errorId()).isEqualTo("invalid-encoding");
              assertThat(e.location().line()).isEqualTo(3);
            });
  }

  @Test
  void noNameColumnIsUnreadableAndSaysHowToMap() {
    assertThatThrownBy(
            () -> Golden.check(reader, Golden.fixture("csv/no-name-column.csv"), "unused"))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("no-name-column.csv")
        .hasMessageContaining("[Computer, Size, InstallDate]")
        .hasMessageContaining("name=");
  }

  @Test
  void explicitMappingWins() {
    String csv = "Machine;App;Vendor;Ver;Display Name\nPC-1;kav;AO Kaspersky Lab;21.3;ignored\n";
    CollectingSink sink = new CollectingSink();
    new CsvInventoryReader(
            CsvColumnMapping.parse("name=App, publisher=Vendor,version=ver,host=MACHINE"))
        .read(bytes(csv), "custom.csv", sink);
    assertThat(sink.records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.name()).isEqualTo("kav");
              assertThat(r.publisher()).isEqualTo("AO Kaspersky Lab");
              assertThat(r.version()).isEqualTo("21.3");
              assertThat(r.host()).isEqualTo("PC-1");
            });
  }

  @Test
  void mappedColumnMissingFromTheHeaderIsUnreadable() {
    assertThatThrownBy(
            () ->
                new CsvInventoryReader(CsvColumnMapping.parse("name=Product"))
                    .read(bytes("App,Vendor\nkav,Kaspersky\n"), "x.csv", new CollectingSink()))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("name=Product")
        .hasMessageContaining("[App, Vendor]");
  }

  @Test
  void emptyFileGivesOneError() {
    CollectingSink sink = new CollectingSink();
    reader.read(bytes(""), "empty.csv", sink);
    assertThat(sink.errorIds()).containsExactly("empty-input");
  }

  @Test
  void veryLongFieldIsRead() {
    String name = "Kaspersky " + "z".repeat(2_000_000);
    CollectingSink sink = new CollectingSink();
    reader.read(bytes("Name,Version\n\"" + name + "\",1\nOther,2\n"), "long.csv", sink);
    assertThat(sink.names()).containsExactly(name, "Other");
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
