package org.interdict.screening;

import java.util.Locale;

/**
 * {@code String.format(Locale.ROOT, "%.4f", value)} without the Formatter for the values screening
 * writes most: scores and score parts already rounded to four decimals in [-2, 2]. Formatter builds
 * a parser and looks up decimal symbols on every call, which made writing the {@code score_parts}
 * column the costliest part of a batch. Each such value is formatted once, by {@code String.format}
 * itself, and then taken from a table, so the text is the same by construction; other values go to
 * {@code String.format}. Thread-safe (a race only formats a value twice).
 */
public final class FourDecimals {
  private static final int SCALE = 10_000;
  private static final int RANGE = 2 * SCALE;
  private static final String[] TEXTS = new String[2 * RANGE + 1];

  private FourDecimals() {}

  /** {@code value} as {@code String.format(Locale.ROOT, "%.4f", value)} writes it. */
  public static String of(double value) {
    if (value >= -2.0 && value <= 2.0 && !isNegativeZero(value)) {
      long scaled = Math.round(value * SCALE);
      // only a value that is exactly its four-decimal rounding may share the table's text
      if (scaled / (double) SCALE == value) {
        int at = (int) scaled + RANGE;
        String text = TEXTS[at];
        if (text == null) {
          text = format(value);
          TEXTS[at] = text;
        }
        return text;
      }
    }
    return format(value);
  }

  private static boolean isNegativeZero(double value) {
    return value == 0.0 && Double.doubleToRawLongBits(value) != 0L;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
