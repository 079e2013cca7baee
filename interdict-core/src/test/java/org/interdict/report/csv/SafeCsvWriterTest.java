package org.interdict.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCsvWriterTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x\")",
        "+cmd|' /C calc'!A0",
        "@SUM(1)",
        "-1+1",
        "\t=1",
        "\r=1"
      })
  void prefixesCellsASpreadsheetWouldRun(String cell) {
    assertThat(SafeCsvWriter.defuse(cell)).isEqualTo("'" + cell);
  }

  @Test
  void quotesPerRfc4180AndKeepsOrdinaryCells() throws IOException {
    StringWriter out = new StringWriter();
    try (SafeCsvWriter csv = SafeCsvWriter.of(out)) {
      csv.row("id", "name").row("1", "Kaspersky, \"Lab\"").row("2", null);
    }
    assertThat(out).hasToString("id,name\r\n1,\"Kaspersky, \"\"Lab\"\"\"\r\n2,\r\n");
  }
}
