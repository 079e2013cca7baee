package org.interdict.text;

import com.ibm.icu.lang.UScript;

/**
 * Writes non-Latin scripts in Latin letters with ICU: Cyrillic with the BGN/PCGN romanization OFAC
 * uses ("Kasperskiy Yevgeniy"), every other script (Arabic, Greek, Han as pinyin, ...) with {@code
 * Any-Latin}.
 *
 * <p>The ICU setup is {@link Transliteration#NAMES}; pure-ASCII and Latin-only input never touches
 * ICU, and results are cached per word.
 *
 * <p>A letter ICU has no rule for (Cyrillic {@code ӫ}, but not its base {@code ө}) would survive
 * this step, lose its marks in {@link DiacriticsStep}, and be romanized only when the normalized
 * text is normalized again: normalization would not be idempotent, and a stored normalized name
 * would differ from the same name normalized afresh. So what is left in a non-Latin script is
 * stripped of its combining marks, as the diacritics step would, and transliterated once more.
 */
public final class TransliterationStep implements NormalizationStep {
  private static final WordCache CACHE = new WordCache(TransliterationStep::romanize);

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

  private static String romanize(String word) {
    String romanized = Transliteration.NAMES.apply(word);
    if (!hasNonLatinLetter(romanized)) {
      return romanized;
    }
    String bare = Transliteration.STRIP_MARKS.apply(romanized);
    String again = Transliteration.NAMES.apply(bare);
    return again.equals(bare) ? romanized : again;
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
