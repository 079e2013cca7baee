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
    if (word.contains(MIDDLE_DOT)) {
      // a dot the text wrote itself separates names (贝拉克·奥巴马, Barack Obama): it stays
      StringBuilder parts = new StringBuilder(word.length() * 2);
      for (String part : word.split(MIDDLE_DOT, -1)) {
        parts.append(parts.isEmpty() ? "" : MIDDLE_DOT).append(romanizeWhole(part));
      }
      return parts.toString();
    }
    return romanizeWhole(word);
  }

  private static String romanizeWhole(String word) {
    String romanized = withoutSeparatorDots(Transliteration.NAMES.apply(word));
    if (!hasNonLatinLetter(romanized)) {
      return romanized;
    }
    String bare = Transliteration.STRIP_MARKS.apply(romanized);
    String again = withoutSeparatorDots(Transliteration.NAMES.apply(bare));
    return again.equals(bare) ? romanized : again;
  }

  /**
   * BGN/PCGN writes a middle dot where two Latin letters could be misread as one Cyrillic letter
   * ({@code ТС -> T·S}, not {@code Ц -> TS}). The dot is punctuation to the next step, which would
   * cut {@code ОТВЕТСТВЕННОСТЬЮ} into {@code otvet} and {@code stvennostyu}; OFAC and every other
   * list write the word whole, so the dots ICU wrote go.
   */
  private static String withoutSeparatorDots(String romanized) {
    return romanized.contains(MIDDLE_DOT) ? romanized.replace(MIDDLE_DOT, "") : romanized;
  }

  private static final String MIDDLE_DOT = "\u00B7";

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
