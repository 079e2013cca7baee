package org.interdict.detection;

import java.util.List;
import org.interdict.catalog.Product;

/**
 * One catalog product name as tokens; {@code text} is the catalog name it came from, for evidence.
 * {@code exactWords} is non-empty when the name must also occur unstemmed, word for word.
 */
record NamePattern(Product product, List<String> tokens, List<String> exactWords, String text) {
  NamePattern {
    tokens = List.copyOf(tokens);
    exactWords = List.copyOf(exactWords);
  }

  /**
   * Whether the pattern occurs in {@code record} starting at {@code start}, in order, with at most
   * {@link #MAX_GAP} unrelated tokens between two pattern tokens. A compound on either side matches
   * its parts ("antivirus" matches "anti virus" and the reverse), as product names are written both
   * ways.
   */
  boolean occursAt(List<String> record, int start) {
    int patternIndex = 0;
    int gap = 0;
    int i = start;
    while (i < record.size() && patternIndex < tokens.size()) {
      String token = record.get(i);
      String wanted = tokens.get(patternIndex);
      if (token.equals(wanted)) {
        patternIndex++;
        i++;
        gap = 0;
      } else if (patternIndex + 1 < tokens.size()
          && joins(token, wanted, tokens.get(patternIndex + 1))) {
        patternIndex += 2;
        i++;
        gap = 0;
      } else if (i + 1 < record.size() && joins(wanted, token, record.get(i + 1))) {
        patternIndex++;
        i += 2;
        gap = 0;
      } else {
        if (patternIndex == 0 || ++gap > MAX_GAP) {
          return false;
        }
        i++;
      }
    }
    return patternIndex == tokens.size();
  }

  static final int MAX_GAP = 2;

  private static boolean joins(String whole, String first, String second) {
    return whole.length() == first.length() + second.length()
        && whole.startsWith(first)
        && whole.endsWith(second);
  }
}
