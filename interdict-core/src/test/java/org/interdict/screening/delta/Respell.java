package org.interdict.screening.delta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded respellings of a name for delta tests: a typo, a swap, a dropped or doubled letter,
 * reordered or dropped words.
 */
final class Respell {
  private Respell() {}

  static String of(String name, Random random) {
    List<String> words =
        new ArrayList<>(Arrays.asList(name.replace(",", " ").strip().split("\\s+")));
    int edits = 1 + random.nextInt(2);
    for (int e = 0; e < edits; e++) {
      int w = random.nextInt(words.size());
      String word = words.get(w);
      switch (random.nextInt(6)) {
        case 0 -> words.set(w, swap(word, random));
        case 1 -> words.set(w, word.length() > 3 ? drop(word, random) : word);
        case 2 -> words.set(w, doubled(word, random));
        case 3 -> java.util.Collections.rotate(words, 1);
        case 4 -> {
          if (words.size() > 2) {
            words.remove(random.nextInt(words.size()));
          }
        }
        default -> words.set(w, word.toLowerCase(Locale.ROOT));
      }
    }
    return String.join(" ", words);
  }

  private static String swap(String word, Random random) {
    if (word.length() < 3) {
      return word;
    }
    int at = random.nextInt(word.length() - 1);
    char[] chars = word.toCharArray();
    char c = chars[at];
    chars[at] = chars[at + 1];
    chars[at + 1] = c;
    return new String(chars);
  }

  private static String drop(String word, Random random) {
    int at = random.nextInt(word.length());
    return word.substring(0, at) + word.substring(at + 1);
  }

  private static String doubled(String word, Random random) {
    int at = random.nextInt(word.length());
    return word.substring(0, at + 1) + word.charAt(at) + word.substring(at + 1);
  }
}
