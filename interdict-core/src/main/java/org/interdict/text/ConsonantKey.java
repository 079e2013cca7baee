package org.interdict.text;

import com.ibm.icu.lang.UScript;

/**
 * The consonant skeleton of a variant key, for names written in abjads (Arabic, Hebrew, Syriac),
 * which leave short vowels out: {@code mhmd} (from محمد) and {@code mohamed} share {@code mhmd}.
 * Vowels and the letters that stand for long vowels ({@code y}, {@code w}, {@code v}) are dropped
 * and repeated consonants written once.
 */
public final class ConsonantKey {
  private ConsonantKey() {}

  public static String of(String variantKey) {
    StringBuilder out = new StringBuilder(variantKey.length());
    for (int i = 0; i < variantKey.length(); i++) {
      char c = variantKey.charAt(i);
      if ("aeiouyvw".indexOf(c) >= 0) {
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Whether a name contains letters of an abjad script, whose romanization lacks the short vowels.
   */
  public static boolean isAbjad(String name) {
    for (int i = 0; i < name.length(); ) {
      int codePoint = name.codePointAt(i);
      i += Character.charCount(codePoint);
      if (codePoint >= 0x0590 && codePoint < 0x0900) {
        int script = UScript.getScript(codePoint);
        if (script == UScript.ARABIC || script == UScript.HEBREW || script == UScript.SYRIAC) {
          return true;
        }
      }
    }
    return false;
  }
}
