package org.interdict.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The numbers written in a name's tokens (entity-v2, {@link CompoundPairs} and {@link
 * OrganizationNameRules}): runs of digits and English number words ({@code forty four}, {@code
 * forty 4}, the common misspelling {@code fourty}, {@code three}, {@code 44}) and, where allowed, a
 * Roman numeral standing as a series marker ({@code Fund VIII}, {@code Solutions II}): not the
 * first token, I to XXXIX, a single letter only as the last token. Stateless.
 */
final class NumberTokens {
  /** A run of tokens {@code [from, to)} that writes {@code value}. */
  record Run(int from, int to, long value) {}

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fourty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("ninty", 90),
          Map.entry("hundred", 100));

  private static final String[] UNITS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };

  private static final java.util.regex.Pattern ROMAN =
      java.util.regex.Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");

  private NumberTokens() {}

  /**
   * The number runs among {@code tokens}, skipping tokens marked in {@code skip} (null: none);
   * {@code roman} admits series-marker Roman numerals.
   */
  static List<Run> runs(String[] tokens, boolean[] skip, boolean roman) {
    List<Run> runs = new ArrayList<>(2);
    int i = 0;
    while (i < tokens.length) {
      if (skip != null && skip[i]) {
        i++;
        continue;
      }
      int romanValue = roman ? romanMarker(tokens, i) : -1;
      if (romanValue > 0) {
        runs.add(new Run(i, i + 1, romanValue));
        i++;
        continue;
      }
      long value = -1;
      int end = i;
      long current = 0;
      boolean seen = false;
      while (end < tokens.length && (skip == null || !skip[end])) {
        long next = extend(current, seen, tokens[end]);
        if (next < 0) {
          break;
        }
        current = next;
        seen = true;
        end++;
        value = current;
        if (isDigits(tokens[end - 1]) && current >= 100) {
          break; // a digit string is a whole number; nothing follows it
        }
      }
      if (end > i) {
        runs.add(new Run(i, end, value));
        i = end;
      } else {
        i++;
      }
    }
    return runs;
  }

  /**
   * Whether {@code token} may be part of a number run: digits, a number word, or letters of a Roman
   * numeral only; when no token of a name may, {@link #runs} finds none.
   */
  static boolean mayWriteNumber(String token) {
    if (isDigits(token) || WORDS.containsKey(token)) {
      return true;
    }
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (c != 'i' && c != 'v' && c != 'x') {
        return false;
      }
    }
    return !token.isEmpty();
  }

  /** The values of the runs, sorted, for comparing two names' numbers as multisets. */
  static long[] values(List<Run> runs) {
    long[] values = new long[runs.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = runs.get(i).value();
    }
    java.util.Arrays.sort(values);
    return values;
  }

  /**
   * The number written so far extended by {@code token}, or -1 when the token does not continue it.
   */
  private static long extend(long current, boolean seen, String token) {
    if (isDigits(token)) {
      if (token.length() > 12) {
        return -1;
      }
      long digits = Long.parseLong(token);
      if (!seen) {
        return digits;
      }
      // "forty 4": a unit digit after a round ten
      return digits < 10 && current >= 20 && current % 10 == 0 && current % 100 != 0
          ? current + digits
          : -1;
    }
    Integer word = WORDS.get(token);
    if (word == null) {
      return -1;
    }
    if (!seen) {
      return word == 100 ? -1 : word;
    }
    if (word == 100) {
      return current > 0 && current < 10 ? current * 100 : -1;
    }
    long rest = current % 100;
    if (word < 10) {
      return rest >= 20 && rest % 10 == 0 || (current % 100 == 0 && current > 0)
          ? current + word
          : -1;
    }
    return current % 100 == 0 && current > 0 ? current + word : -1;
  }

  private static int romanMarker(String[] tokens, int i) {
    String token = tokens[i];
    if (i == 0 || token.isEmpty() || (token.length() == 1 && i != tokens.length - 1)) {
      return -1;
    }
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (c != 'i' && c != 'v' && c != 'x') {
        return -1; // most tokens: no regex
      }
    }
    if (!ROMAN.matcher(token).matches()) {
      return -1;
    }
    int value = 0;
    for (int k = 0; k < token.length(); k++) {
      int digit = romanDigit(token.charAt(k));
      int next = k + 1 < token.length() ? romanDigit(token.charAt(k + 1)) : 0;
      value += digit < next ? -digit : digit;
    }
    return value;
  }

  private static int romanDigit(char c) {
    return switch (c) {
      case 'i' -> 1;
      case 'v' -> 5;
      default -> 10;
    };
  }

  static boolean isDigits(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code value} in English words as the pipeline tokenizes them (0 to 999), empty above. */
  static List<String> words(long value) {
    List<String> words = new ArrayList<>(3);
    if (value < 0 || value > 999) {
      return words;
    }
    long rest = value;
    if (rest >= 100) {
      words.add(UNITS[(int) (rest / 100)]);
      words.add("hundred");
      rest %= 100;
      if (rest == 0) {
        return words;
      }
    }
    if (rest < 20) {
      words.add(UNITS[(int) rest]);
    } else {
      words.add(TENS[(int) (rest / 10)]);
      if (rest % 10 != 0) {
        words.add(UNITS[(int) (rest % 10)]);
      }
    }
    return words;
  }
}
