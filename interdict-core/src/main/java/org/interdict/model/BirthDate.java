package org.interdict.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date as a list (or a query) writes it, with only the parts it gives: a full date, a year
 * and month, a year, a range of years ({@code 1960 to 1965}) or a "circa" year. {@code month} and
 * {@code day} are 0 when unknown; {@code fromYear == toYear} unless a range; {@code raw} keeps the
 * text it was parsed from.
 */
public record BirthDate(String raw, int fromYear, int toYear, int month, int day, boolean circa) {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})[ ./-]([a-z]{3})[a-z]*\\.?[ ./-](\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]{3})[a-z]*\\.?[ ./-](\\d{4})");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
  private static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?:\\bto\\b|-|–|/)\\s*(.+)");
  private static final Pattern CIRCA =
      Pattern.compile("^(?:circa|approximately|approx\\.?|about|ca\\.|c\\.)\\s*");
  private static final Pattern PREFIX =
      Pattern.compile("^(?:alt\\.\\s*)?(?:dob|date of birth)[:\\s]*");

  public BirthDate {
    Objects.requireNonNull(raw, "raw");
    if (fromYear < 1 || toYear < fromYear || toYear > 9999) {
      throw new IllegalArgumentException(
          "birth date '" + raw + "' has years " + fromYear + ".." + toYear);
    }
    if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
      throw new IllegalArgumentException(
          "birth date '" + raw + "' has month " + month + " and day " + day);
    }
  }

  /** A single exact or partial date. */
  public static BirthDate of(String raw, int year, int month, int day) {
    return new BirthDate(raw, year, year, month, day, false);
  }

  /** True when this is one year with no range and no circa. */
  public boolean singleYear() {
    return fromYear == toYear && !circa;
  }

  /**
   * ISO-like text of the known parts: {@code 1960-06-19}, {@code 1960-06}, {@code 1960}, {@code
   * 1960..1965}, {@code ~1960}.
   */
  public String canonical() {
    if (fromYear != toYear) {
      return fromYear + ".." + toYear;
    }
    String text =
        String.format(Locale.ROOT, "%04d", fromYear)
            + (month > 0 ? String.format(Locale.ROOT, "-%02d", month) : "")
            + (day > 0 ? String.format(Locale.ROOT, "-%02d", day) : "");
    return circa ? "~" + text : text;
  }

  /**
   * Parses the forms lists write: {@code DOB 19 Jun 1951}, {@code Jun 1951}, {@code 1951}, {@code
   * 1951-06-19}, {@code 1951-06}, {@code 19/06/1951} (day first, as the UN, EU and UK write),
   * {@code circa 1951}, {@code 1950 to 1955}, {@code 01 Jan 1950 to 31 Dec 1952}. Empty when the
   * text is no date this knows.
   */
  public static Optional<BirthDate> parse(String text) {
    String raw = text.strip();
    String t = PREFIX.matcher(raw.toLowerCase(Locale.ROOT)).replaceFirst("").strip();
    t = t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    boolean circa = false;
    Matcher c = CIRCA.matcher(t);
    if (c.find()) {
      circa = true;
      t = t.substring(c.end()).strip();
    }
    Optional<BirthDate> single = single(raw, t, circa);
    if (single.isPresent()) {
      return single;
    }
    Matcher range = RANGE.matcher(t);
    if (range.matches()) {
      Optional<BirthDate> from = single(raw, range.group(1), false);
      Optional<BirthDate> to = single(raw, range.group(2), false);
      if (from.isPresent() && to.isPresent() && to.get().fromYear >= from.get().fromYear) {
        if (from.get().fromYear == to.get().fromYear && from.get().month == to.get().month) {
          return Optional.of(
              new BirthDate(
                  raw, from.get().fromYear, from.get().fromYear, from.get().month, 0, circa));
        }
        return Optional.of(new BirthDate(raw, from.get().fromYear, to.get().toYear, 0, 0, circa));
      }
    }
    return Optional.empty();
  }

  private static Optional<BirthDate> single(String raw, String text, boolean circa) {
    String t = text.strip();
    Matcher m = ISO.matcher(t);
    if (m.matches()) {
      return make(raw, m.group(1), m.group(2), m.group(3), circa);
    }
    m = DAY_MONTH_YEAR.matcher(t);
    if (m.matches() && MONTHS.containsKey(m.group(2))) {
      return make(raw, m.group(3), String.valueOf(MONTHS.get(m.group(2))), m.group(1), circa);
    }
    m = MONTH_YEAR.matcher(t);
    if (m.matches() && MONTHS.containsKey(m.group(1))) {
      return make(raw, m.group(2), String.valueOf(MONTHS.get(m.group(1))), null, circa);
    }
    m = NUMERIC.matcher(t);
    if (m.matches()) {
      int second = Integer.parseInt(m.group(2));
      // Day first unless that is impossible (US month-first 06/19/1951); a swap counts as agreement
      // anyway.
      return second <= 12
          ? make(raw, m.group(3), m.group(2), m.group(1), circa)
          : make(raw, m.group(3), m.group(1), m.group(2), circa);
    }
    return Optional.empty();
  }

  private static Optional<BirthDate> make(
      String raw, String year, String month, String day, boolean circa) {
    int y = Integer.parseInt(year);
    int mo = month == null ? 0 : Integer.parseInt(month);
    int d = day == null || mo == 0 ? 0 : Integer.parseInt(day);
    if (y < 1 || mo > 12 || d > 31) {
      return Optional.empty();
    }
    return Optional.of(new BirthDate(raw, y, y, mo, d, circa));
  }
}
