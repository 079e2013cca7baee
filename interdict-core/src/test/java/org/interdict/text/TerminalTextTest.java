package org.interdict.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalTextTest {
  static Stream<Arguments> unsafe() {
    return Stream.of(
        Arguments.of("\u001B[31mred\u001B[0m", "\\u{1B}[31mred\\u{1B}[0m"),
        Arguments.of("abc\u202Eexe.txt", "abc\\u{202E}exe.txt"),
        Arguments.of("a\u2066b\u2069", "a\\u{2066}b\\u{2069}"),
        Arguments.of("zero\u200Bwidth", "zero\\u{200B}width"),
        Arguments.of("bell\u0007 c1\u009B", "bell\\u{7} c1\\u{9B}"),
        Arguments.of("line\nbreak\r", "line\\u{A}break\\u{D}"),
        Arguments.of("tab\there", "tab here"));
  }

  @ParameterizedTest
  @MethodSource("unsafe")
  void escapesWhatATerminalWouldInterpret(String input, String expected) {
    assertThat(TerminalText.sanitize(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kaspersky Endpoint Security",
        "Антивирус Касперского",
        "李小龍",
        "محمد",
        "Müller GmbH",
        "🙂 emoji"
      })
  void keepsOrdinaryTextOfAnyScriptUnchanged(String input) {
    assertThat(TerminalText.sanitize(input)).isSameAs(input);
  }
}
