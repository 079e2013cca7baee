package org.interdict.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Applies a costly per-word transformation (ICU transliteration) word by word, remembering results:
 * names repeat their words (given names, legal words) far more than whole names repeat.
 * Space-separated words are independent for the ICU rules used here, which only look inside a word.
 * Thread-safe; emptied when full to stay bounded.
 */
final class WordCache {
  private static final int CAPACITY = 50_000;
  private final ConcurrentHashMap<String, String> words = new ConcurrentHashMap<>();
  private final UnaryOperator<String> transform;

  WordCache(UnaryOperator<String> transform) {
    this.transform = transform;
  }

  String apply(String text) {
    if (text.indexOf(' ') < 0) {
      return word(text);
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(' ', start);
      if (end < 0) {
        end = text.length();
      }
      if (start > 0) {
        out.append(' ');
      }
      out.append(word(text.substring(start, end)));
      start = end + 1;
    }
    return out.toString();
  }

  private String word(String word) {
    if (word.isEmpty() || Ascii.isAscii(word)) {
      return word;
    }
    String cached = words.get(word);
    if (cached != null) {
      return cached;
    }
    String result = transform.apply(word);
    if (words.size() >= CAPACITY) {
      words.clear();
    }
    words.put(word, result);
    return result;
  }
}
