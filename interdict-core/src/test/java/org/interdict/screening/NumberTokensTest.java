package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numbers names write (NumberTokens), on tokens as the pipeline makes them. */
class NumberTokensTest {
  private static long[] values(String tokens, boolean roman) {
    return NumberTokens.values(NumberTokens.runs(tokens.split(" "), null, roman));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "brigade forty four, 44",
    "brigade fourty four, 44",
    "brigade forty 4, 44",
    "brigade 44, 44",
    "three percenters, 3",
    "one hundred twenty three, 123",
    "fund viii, 8",
    "solutions ii france, 2",
    "citigroup capital trust i, 1",
    "holdings xxxix, 39",
  })
  void aRunWritesOneNumber(String tokens, long value) {
    assertThat(values(tokens, true)).containsExactly(value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // the first token is a name, not a series marker; a single letter only at the end
    "xi jinping",
    "vi group holdings",
    "class i shares",
    // LI and XL are past the series range
    "fund li",
  })
  void wordsThatLookRomanAreNotNumbers(String tokens) {
    assertThat(values(tokens, true)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"four four, 4 4", "44 four, 4 44", "2006 2, 2 2006"})
  void runsThatDoNotComposeStaySeparate(String tokens, String expected) {
    long[] wanted =
        java.util.Arrays.stream(expected.split(" ")).mapToLong(Long::parseLong).toArray();
    assertThat(values(tokens, false)).containsExactly(wanted);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"44, forty four", "3, three", "100, one hundred", "119, one hundred nineteen"})
  void numbersSpellAsThePipelineTokenizes(long value, String words) {
    assertThat(NumberTokens.words(value)).containsExactly(words.split(" "));
  }
}
