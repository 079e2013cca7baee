package org.interdict.text;

import com.ibm.icu.lang.UScript;

/**
 * Writes non-Latin scripts in Latin letters with ICU: Cyrillic with the BGN/PCGN romanization OFAC
 * uses ("Kasperskiy Yevgeniy"), every other script (Arabic, Greek, Han as pinyin, ...) with {@code
 * Any-Latin}.
 *
 * <p>The ICU setup is {@link Transliteration#NAMES}; pure-ASCII and Latin-only input never touches
 * ICU, and results are cached per word.
 */
public final class TransliterationStep implements NormalizationStep {
  private static final WordCache CACHE = new WordCache(Transliteration.NAMES::apply);

  @Override
  public String id() {
    return "transliterate";
  }

  @Override
  public String apply(String text) {
    if (Ascii.isAscii(text) || !hasNonLatinLetter(text)) {
      return text;
    }
    return CACHE.apply(text);
  }

  private static boolean hasNonLatinLetter(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (codePoint >= 0x80 && Character.isLetter(codePoint)) {
        int script = UScript.getScript(codePoint);
        if (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED) {
          return true;
        }
      }
    }
    return false;
  }
}
