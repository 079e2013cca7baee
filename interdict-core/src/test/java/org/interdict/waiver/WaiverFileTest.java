package org.interdict.waiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: the waiver file's fields, and a message naming the line and the problem for every bad
 * one.
 */
class WaiverFileTest {
  static List<Waiver> parse(String yaml) throws Exception {
    return WaiverFile.parse(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "waivers.yaml");
  }

  @Test
  void readsEachWaiverWithItsSelectorsAndDates() throws Exception {
    List<Waiver> waivers =
        parse(
            """
        waivers:
          - id: fin-0042
            host: WS-FIN-0042
            product: kaspersky-endpoint-security
            reason: replacement scheduled
            approver: Jane Roe (CISO)
            expires: 2024-10-15
          - finding: F-db8208c67559
            reason: lab machine, isolated
            approver: J. Smith
            expires: 2025-01-01
        """);

    assertThat(waivers).hasSize(2);
    assertThat(waivers.get(0))
        .isEqualTo(
            new Waiver(
                "fin-0042",
                Optional.of("WS-FIN-0042"),
                Optional.of("kaspersky-endpoint-security"),
                Optional.empty(),
                "replacement scheduled",
                "Jane Roe (CISO)",
                LocalDate.parse("2024-10-15")));
    assertThat(waivers.get(1).id())
        .as("a waiver without id is named by its position")
        .isEqualTo("#2");
    assertThat(waivers.get(1).finding()).contains("F-db8208c67559");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'waivers:\n  - host: H\n    hots: X\n    reason: r\n    approver: a\n    expires: 2024-01-01\n' | waivers.yaml:2: unknown field 'hots'",
        "'waivers:\n  - host: H\n    reason: r\n    expires: 2024-01-01\n' | waivers.yaml:2: waiver #1 has no 'approver'",
        "'waivers:\n  - host: H\n    reason: r\n    approver: a\n    expires: next week\n' | expires 'next week' is not a date; expected YYYY-MM-DD",
        "'waivers:\n  - reason: r\n    approver: a\n    expires: 2024-01-01\n' | waiver #1 names no host, product or finding",
        "'waivers:\n  - {id: a, host: H, reason: r, approver: a, expires: 2024-01-01}\n  - {id: a, host: I, reason: r, approver: a, expires: 2024-01-01}\n' | waivers.yaml:3: a second waiver with id 'a'",
        "'exceptions: []\n' | waivers.yaml:1: unknown field 'exceptions'; expected 'waivers'",
        "'waivers: [unclosed\n' | waivers.yaml:1: a waiver must be a mapping of id, host",
        "'waivers:\n  - host: [a\n    reason: {\n' | waivers.yaml: not valid YAML",
      })
  void aBadWaiverFileNamesTheLineAndTheProblem(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(InvalidWaiverFileException.class)
        .hasMessageContaining(message);
  }
}
