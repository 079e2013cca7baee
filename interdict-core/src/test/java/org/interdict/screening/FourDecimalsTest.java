package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.interdict.testing.TestSeeds;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast four-decimal text of scores and score parts is the Formatter's text, for the rounded
 * values screening writes and for any other double.
 */
class FourDecimalsTest {
  private static String formatter(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  @Test
  void everyRoundedValueInTheTableIsTheFormattersText() {
    for (int k = -20_000; k <= 20_000; k++) {
      double value = k / 10_000.0;
      assertThat(FourDecimals.of(value)).as("%d / 10000", k).isEqualTo(formatter(value));
      // the second call reads the table
      assertThat(FourDecimals.of(value)).as("%d / 10000 again", k).isEqualTo(formatter(value));
    }
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        -0.0,
        0.00005,
        0.00015,
        0.99995,
        -0.00005,
        1.23456789,
        2.00005,
        -2.5,
        1e-300,
        12345.6789,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE
      })
  void valuesOutsideTheTableAreFormatted(double value) {
    assertThat(FourDecimals.of(value)).isEqualTo(formatter(value));
  }

  @RepeatedTest(5)
  void scoresRoundedByTheScorerAndRawDoublesAgree() {
    long seed = TestSeeds.next();
    Random random = new Random(seed);
    for (int i = 0; i < 50_000; i++) {
      double raw = random.nextDouble() * 4 - 2;
      assertThat(FourDecimals.of(raw)).as("seed %d: %s", seed, raw).isEqualTo(formatter(raw));
      double rounded = AlignmentScorer.round(raw);
      assertThat(FourDecimals.of(rounded))
          .as("seed %d: %s", seed, rounded)
          .isEqualTo(formatter(rounded));
    }
  }
}
