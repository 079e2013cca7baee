package org.interdict.lists.uk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The UK list's date forms: {@code 25/02/2022}, partial {@code dd/mm/1952}, and {@code
 * 08-Oct-2026}.
 */
final class Dates {
  private static final DateTimeFormatter DAY_FIRST =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  /** Month abbreviations are English in the file, whatever the machine's locale. */
  private static final DateTimeFormatter REPORT_DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d-MMM-uuuu")
          .toFormatter(Locale.ENGLISH);

  private Dates() {}

  static Optional<LocalDate> dayFirst(String text) {
    return parse(text, DAY_FIRST);
  }

  /** The CSV preamble {@code Report Date: 08-Oct-2026}. */
  static Optional<LocalDate> reportDate(String line) {
    int colon = line.indexOf(':');
    return colon < 0
        ? Optional.empty()
        : parse(line.substring(colon + 1).replace(",", ""), REPORT_DATE);
  }

  /**
   * A date as ISO text with only the known parts: {@code 07/10/1952} gives {@code 1952-10-07},
   * {@code dd/mm/1952} or {@code 00/00/1952} gives {@code 1952}, {@code dd/10/1952} gives {@code
   * 1952-10}; anything else is returned as written.
   */
  static String iso(String text) {
    String[] parts = text.strip().split("/");
    if (parts.length != 3 || !parts[2].matches("\\d{4}")) {
      return text.strip();
    }
    boolean month = parts[1].matches("\\d{1,2}") && Integer.parseInt(parts[1]) > 0;
    boolean day = month && parts[0].matches("\\d{1,2}") && Integer.parseInt(parts[0]) > 0;
    return parts[2] + (month ? "-" + pad(parts[1]) : "") + (day ? "-" + pad(parts[0]) : "");
  }

  private static String pad(String number) {
    return number.length() == 1 ? "0" + number : number;
  }

  private static Optional<LocalDate> parse(String text, DateTimeFormatter format) {
    try {
      return text == null || text.isBlank()
          ? Optional.empty()
          : Optional.of(LocalDate.parse(text.strip(), format));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
