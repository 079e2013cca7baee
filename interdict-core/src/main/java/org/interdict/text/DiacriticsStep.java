package org.interdict.text;

import com.ibm.icu.text.Transliterator;

/**
 * Folds accented and special Latin letters to ASCII ({@code é -> e}, {@code ß -> ss}, {@code ł ->
 * l}) with ICU {@code Latin-ASCII} after removing combining marks. One ICU instance per thread
 * (they are not thread-safe); ASCII input returns at once and results are cached per word. Output
 * is lower case.
 */
public final class DiacriticsStep implements NormalizationStep {
  private static final ThreadLocal<Transliterator> FOLD =
      ThreadLocal.withInitial(
          () -> Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII"));
  // Latin-ASCII turns some lower-case letters into capitals (small capital I -> I): fold case again
  private static final WordCache CACHE =
      new WordCache(word -> FOLD.get().transliterate(word).toLowerCase(java.util.Locale.ROOT));

  @Override
  public String id() {
    return "strip-diacritics";
  }

  @Override
  public String apply(String text) {
    if (Ascii.isAscii(text)) {
      return text;
    }
    return CACHE.apply(text);
  }
}
