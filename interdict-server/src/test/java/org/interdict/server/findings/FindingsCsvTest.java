package org.interdict.server.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV cells: RFC 4180 quoting, and no spreadsheet formula from inventory text. */
class FindingsCsvTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "WS-FIN-0042 | WS-FIN-0042",
        "Kaspersky, Inc. | ~\"Kaspersky, Inc.\"~",
        "say \"hi\" | ~\"say \"\"hi\"\"\"~",
        "=HYPERLINK(1) | '=HYPERLINK(1)",
        "+1 | '+1",
        "@SUM(A1) | '@SUM(A1)",
        "-cmd | '-cmd",
      })
  void quotesAndDefusesCells(String value, String expected) throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    FindingsApi.csvWriter(out).row("first", value).flush();
    assertThat(out.toString()).isEqualTo("first," + expected + "\r\n");
  }
}
