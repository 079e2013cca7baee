package org.interdict.bench.devset;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A deliberately simple comparison key for names (accents folded, case folded, punctuation dropped,
 * tokens sorted), used only to keep the dev set honest: a negative must not equal a listed name, a
 * positive's query must not equal another party's name. It is not the screening normalizer.
 */
final class NameKeys {
  private NameKeys() {}

  static String key(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    if (folded.isEmpty()) {
      return "";
    }
    String[] tokens = folded.split(" ");
    Arrays.sort(tokens);
    return String.join(" ", tokens);
  }

  /** Whether the name holds letters outside the Latin script (Cyrillic, Arabic, CJK...). */
  static boolean nonLatin(String name) {
    return name.codePoints()
        .anyMatch(
            c ->
                Character.isLetter(c)
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
  }
}
