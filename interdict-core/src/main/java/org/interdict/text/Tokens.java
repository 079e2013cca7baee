package org.interdict.text;

import java.util.List;

/**
 * Splitting and joining of the space-separated token form the steps work on after punctuation
 * removal.
 */
final class Tokens {
  private Tokens() {}

  static List<String> split(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    return List.of(text.split(" ", -1));
  }

  static String join(List<String> tokens) {
    return String.join(" ", tokens);
  }
}
