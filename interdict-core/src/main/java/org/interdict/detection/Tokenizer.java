package org.interdict.detection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interdict.text.Ascii;
import org.interdict.text.Transliteration;

/**
 * Splits product and publisher names into comparable tokens: lower case ({@code
 * Character.toLowerCase}, which ignores the default locale), split on anything but letters and
 * digits, pure-digit tokens (versions, years, build numbers) dropped, and any token that starts
 * with a vendor stem replaced by the stem, so "Kaspersky", "Kaspersky's" and "Касперского" compare
 * equal to their stems. Non-ASCII text is NFKC-normalized first.
 *
 * <p>This is the detection hot path (a million records a second), so ASCII text takes a single pass
 * without normalization, and the tokens of up to 4,096 recent texts are remembered. Thread-safe:
 * the configuration is immutable, the memory of recent texts holds immutable entries;
 * transliteration is {@link Transliteration#ASCII}.
 */
final class Tokenizer {
  private static final Tokenizer UNSTEMMED = new Tokenizer(Map.of());
  private static final int MAX_CACHED_LENGTH = 256;

  /** One remembered result of {@link #tokens}. */
  private record Recent(String text, List<String> tokens) {}

  private final Recent[] recent = new Recent[4096];

  /** The hash of the last text not remembered, per slot of {@link #recent}. */
  private final int[] seenOnce = new int[4096];

  /**
   * Recent transliterations, shared by every tokenizer: a {@link Recent} whose one token is the
   * Latin text.
   */
  private static final Recent[] RECENT_LATIN = new Recent[1024];

  /** Stems grouped by first character, so a token is compared with few stems. */
  private final Map<Character, List<String>> stemsByFirstChar;

  /**
   * The same for ASCII first characters as an array: no boxing or hashing per token on the hot
   * path.
   */
  private final List<?>[] asciiStems = new List<?>[128];

  Tokenizer(Map<Character, List<String>> stemsByFirstChar) {
    this.stemsByFirstChar = Map.copyOf(stemsByFirstChar);
    this.stemsByFirstChar.forEach(
        (first, stems) -> {
          if (first < asciiStems.length) {
            asciiStems[first] = List.copyOf(stems);
          }
        });
  }

  /** The text in Latin letters: Cyrillic, Greek, CJK... transliterated, accents removed. */
  static String toLatin(String text) {
    if (text.length() > MAX_CACHED_LENGTH) {
      return Transliteration.ASCII.apply(text);
    }
    int hash = text.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (RECENT_LATIN.length - 1);
    Recent known = RECENT_LATIN[slot];
    if (known != null && known.text.equals(text)) {
      return known.tokens.get(0);
    }
    // Building an ICU transliterator costs far more than using it, and each detecting thread needs
    // its own:
    // remembering recent results means most threads never build one.
    String latin = Transliteration.ASCII.apply(text);
    RECENT_LATIN[slot] = new Recent(text, List.of(latin));
    return latin;
  }

  /**
   * The words of the text, lower case, without vendor stemming; for names that must match word for
   * word.
   */
  List<String> words(String text) {
    return UNSTEMMED.tokens(text);
  }

  /**
   * The tokens of the text, lower case, vendor stems applied; callers must not modify the list.
   * Recent results are remembered per text, because a fleet repeats the same few thousand program
   * and publisher names millions of times.
   */
  List<String> tokens(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    if (text.length() > MAX_CACHED_LENGTH) {
      return tokenize(text);
    }
    int hash = text.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (recent.length - 1);
    Recent known = recent[slot];
    if (known != null && known.text.equals(text)) {
      return known.tokens;
    }
    List<String> tokens = tokenize(text);
    if (seenOnce[slot] != hash) {
      // Remembered only when seen twice: storing every new text would cost a stream of distinct
      // names more
      // (allocation, and the collector's barriers on an old array) than remembering saves.
      seenOnce[slot] = hash;
      return tokens;
    }
    // A racy write is safe: a Recent's fields are final and the list is never modified once
    // tokenized, so every
    // thread sees it whole; a lost write only costs a recomputation. It stays an ArrayList (not
    // List.copyOf) so
    // that the hot loops over tokens see one list class and keep their calls inlined.
    recent[slot] = new Recent(text, tokens);
    return tokens;
  }

  private List<String> tokenize(String text) {
    String prepared = Ascii.isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    List<String> tokens = new ArrayList<>(6);
    StringBuilder token = new StringBuilder(16);
    boolean allDigits = true;
    for (int i = 0; i < prepared.length(); ) {
      int codePoint = prepared.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetterOrDigit(codePoint)) {
        token.appendCodePoint(Character.toLowerCase(codePoint));
        allDigits &= Character.isDigit(codePoint);
      } else {
        flush(token, allDigits, tokens);
        allDigits = true;
      }
    }
    flush(token, allDigits, tokens);
    return tokens;
  }

  private void flush(StringBuilder token, boolean allDigits, List<String> tokens) {
    if (token.length() == 0) {
      return;
    }
    if (!allDigits) {
      tokens.add(canonical(token));
    }
    token.setLength(0);
  }

  @SuppressWarnings("unchecked")
  private String canonical(CharSequence token) {
    char first = token.charAt(0);
    List<String> stems =
        first < asciiStems.length ? (List<String>) asciiStems[first] : stemsByFirstChar.get(first);
    if (stems != null) {
      for (String stem : stems) {
        if (startsWith(token, stem)) {
          return stem;
        }
      }
    }
    return token.toString();
  }

  private static boolean startsWith(CharSequence token, String stem) {
    if (token.length() < stem.length()) {
      return false;
    }
    for (int i = 0; i < stem.length(); i++) {
      if (token.charAt(i) != stem.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
