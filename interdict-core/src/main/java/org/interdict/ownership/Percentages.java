package org.interdict.ownership;

import java.math.BigDecimal;

/** Percentages written without trailing zeros ({@code 25}, {@code 49.9}), locale-independent. */
final class Percentages {
  private Percentages() {}

  static String format(double percent) {
    return BigDecimal.valueOf(Math.round(percent * 10000.0) / 10000.0)
        .stripTrailingZeros()
        .toPlainString();
  }
}
