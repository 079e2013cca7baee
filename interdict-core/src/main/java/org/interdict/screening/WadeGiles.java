package org.interdict.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wade-Giles syllables read as Pinyin, for Chinese names written in either system ({@code Mao
 * Tse-tung} / {@code Mao Zedong}, {@code Hsi Chin-ping} / {@code Xi Jinping}). Built from the
 * public correspondence of the two systems (Library of Congress, "Pinyin Conversion Project: New
 * Chinese Romanization Guidelines", 2000, and its Wade-Giles to Pinyin conversion table; the same
 * facts in Wikipedia's "Wade–Giles" article, "Comparison chart"). Lists drop the aspiration
 * apostrophes and the umlaut, so {@code ch} stands for Pinyin {@code zh}, {@code ch}, {@code j} or
 * {@code q}, {@code k} for {@code g} or {@code k}, {@code t} for {@code d} or {@code t}, {@code p}
 * for {@code b} or {@code p}, {@code ts}/{@code tz} for {@code z} or {@code c}: a syllable has a
 * few Pinyin readings. Stateless.
 */
final class WadeGiles {
  /**
   * Wade-Giles finals (apostrophes and diacritics already folded), longest first within a prefix.
   */
  private static final Set<String> FINALS =
      Set.of(
          "a", "ai", "an", "ang", "ao", "e", "eh", "ei", "en", "eng", "i", "ia", "iang", "iao",
          "ieh", "ien", "ih", "in", "ing", "iu", "iung", "o", "ou", "u", "ua", "uai", "uan", "uang",
          "ueh", "ui", "un", "ung", "uo");

  /** Initials, two letters first so {@code hs} is not read as {@code h}. */
  private static final String[] INITIALS = {
    "ch", "hs", "sh", "ts", "tz", "ss", "sz", "j", "k", "t", "p", "m", "f", "n", "l", "h", "s", "y",
    "w"
  };

  /**
   * Spellings only Wade-Giles uses (Pinyin has no {@code hs}, {@code ts}, {@code ih}, {@code ieh},
   * {@code ien}, {@code ung}...): one syllable alone is read only when it has one, so {@code Tan}
   * is not taken for {@code Dan}.
   */
  private static final String[] MARKERS = {
    "hs", "ts", "tz", "ss", "sz", "ih", "ieh", "ien", "ung", "ueh", "erh", "ch"
  };

  /** Every Pinyin syllable a Wade-Giles syllable reads as (built from the tables below). */
  private static final Set<String> PINYIN = allReadings();

  private WadeGiles() {}

  private static Set<String> allReadings() {
    Set<String> readings = new java.util.HashSet<>(syllable("erh"));
    for (String fin : FINALS) {
      readings.addAll(syllable(fin));
      for (String initial : INITIALS) {
        readings.addAll(syllable(initial + fin));
      }
    }
    return Set.copyOf(readings);
  }

  /**
   * Whether {@code token} is one to three Pinyin syllables written as one word: the only tokens
   * {@link #pinyin} of some group of Wade-Giles syllables can equal.
   */
  static boolean mayBePinyin(String token) {
    return pinyinSyllables(token, 0, 3);
  }

  private static boolean pinyinSyllables(String token, int from, int left) {
    if (from == token.length()) {
      return from > 0;
    }
    if (left == 0) {
      return false;
    }
    for (int end = Math.min(token.length(), from + 6); end > from; end--) {
      if (PINYIN.contains(token.substring(from, end)) && pinyinSyllables(token, end, left - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The Pinyin readings of {@code length} consecutive tokens from {@code from}, written as one
   * word, as Pinyin writes a given name; empty when a token is not a Wade-Giles syllable, or for a
   * single syllable without a Wade-Giles spelling.
   */
  static List<String> pinyin(String[] tokens, int from, int length) {
    List<String> readings = List.of("");
    for (int k = from; k < from + length; k++) {
      List<String> syllable = syllable(tokens[k]);
      if (syllable.isEmpty()) {
        return List.of();
      }
      List<String> next = new ArrayList<>(readings.size() * syllable.size());
      for (String prefix : readings) {
        for (String reading : syllable) {
          next.add(prefix + reading);
        }
      }
      readings = next;
    }
    if (length == 1 && !marked(tokens[from])) {
      return List.of();
    }
    return readings;
  }

  static boolean marked(String syllable) {
    for (String marker : MARKERS) {
      if (syllable.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** The Pinyin readings of one Wade-Giles syllable, empty when it is not one. */
  static List<String> syllable(String token) {
    if (token.equals("erh")) {
      return List.of("er");
    }
    String initial = "";
    for (String candidate : INITIALS) {
      if (token.startsWith(candidate) && token.length() > candidate.length()) {
        initial = candidate;
        break;
      }
    }
    String fin = token.substring(initial.length());
    if (!FINALS.contains(fin)) {
      return List.of();
    }
    List<String> finals = finals(initial, fin);
    List<String> initials = initials(initial, fin);
    List<String> readings = new ArrayList<>(initials.size() * finals.size());
    for (String i : initials) {
      for (String f : finals) {
        readings.add(i + f);
      }
    }
    return readings;
  }

  private static List<String> initials(String initial, String fin) {
    return switch (initial) {
      case "hs" -> List.of("x");
      case "ch" ->
          fin.startsWith("i") || fin.startsWith("u")
              ? List.of("zh", "ch", "j", "q")
              : List.of("zh", "ch");
      case "ts", "tz" -> List.of("z", "c");
      case "ss", "sz" -> List.of("s");
      case "j" -> List.of("r");
      case "k" -> List.of("g", "k");
      case "t" -> List.of("d", "t");
      case "p" -> List.of("b", "p");
      default -> List.of(initial);
    };
  }

  private static List<String> finals(String initial, String fin) {
    boolean dental = initial.equals("ts") || initial.equals("tz") || initial.startsWith("s");
    if (dental && fin.equals("u") && !initial.equals("sh")) {
      return List.of("i", "u"); // tzu = zi, ssu = si
    }
    if (initial.isEmpty() && fin.equals("i")) {
      return List.of("yi");
    }
    if (initial.equals("y")) {
      return switch (fin) {
        case "u" -> List.of("ou", "u"); // yu = you, yü = yu
        case "ung" -> List.of("ong");
        case "eh" -> List.of("e");
        case "en" -> List.of("an");
        default -> List.of(fin);
      };
    }
    return switch (fin) {
      case "ih" -> List.of("i");
      case "eh" -> List.of("e");
      case "ung" -> List.of("ong");
      case "iung" -> List.of("iong");
      case "ieh" -> List.of("ie");
      case "ueh" -> List.of("ue");
      case "ien" -> List.of("ian");
      case "o" ->
          initial.equals("p") || initial.equals("m") || initial.equals("f")
              ? List.of("o")
              : List.of("e", "uo", "o"); // ko = ge, lo = luo
      default -> List.of(fin);
    };
  }
}
