package org.interdict.text;

import com.ibm.icu.text.Transliterator;

/**
 * The one ICU transliteration setup, shared by screening ({@link TransliterationStep}) and
 * detection: each rule set is named here once, and each thread builds its own instance of it once,
 * because ICU transliterators are not thread-safe and cost far more to build than to use.
 * Thread-safe.
 */
public enum Transliteration {
  /**
   * Party names: Cyrillic with the BGN/PCGN romanization OFAC writes ("Kasperskiy Yevgeniy"), every
   * other script (Arabic, Greek, Han as pinyin, ...) with {@code Any-Latin}; accents are removed
   * afterwards by the name pipeline's own step, so they stay visible to the steps before it.
   */
  NAMES("Russian-Latin/BGN; Any-Latin"),
  /**
   * Product and publisher names: any script straight to ASCII. Detection compares vendor stems
   * ("kaspersk"), which every romanization of Cyrillic shares, so one pass to ASCII is enough there
   * and keeps the hot path short.
   */
  ASCII("Any-Latin; Latin-ASCII"),
  /**
   * Combining marks removed, as {@link DiacriticsStep} removes them: lets {@link
   * TransliterationStep} romanize, in the same pass, a letter ICU has no rule for through its bare
   * base ({@code ӫ -> ө -> ö}).
   */
  STRIP_MARKS("NFD; [:Nonspacing Mark:] Remove; NFC");

  private final String rules;
  private final ThreadLocal<Transliterator> perThread;

  Transliteration(String rules) {
    this.rules = rules;
    this.perThread = ThreadLocal.withInitial(() -> Transliterator.getInstance(rules));
  }

  /** The ICU rule string, as recorded in explanations and docs. */
  public String rules() {
    return rules;
  }

  /** The text written with this rule set. */
  public String apply(String text) {
    return perThread.get().transliterate(text);
  }
}
