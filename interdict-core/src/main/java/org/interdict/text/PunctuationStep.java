package org.interdict.text;

import com.ibm.icu.lang.UScript;

/**
 * Keeps letters and digits only and separates tokens by one space. Dots and apostrophes join their
 * neighbours ({@code L.L.C. -> llc}, {@code O'Brien -> obrien}) because they abbreviate rather than
 * separate; modifier letters such as the BGN soft-sign prime are dropped; every other character
 * (punctuation, symbols, controls) separates. Letters of two different scripts never share a token
 * ({@code llc.𭁫 -> llc 𭁫}): transliteration already separates them when they touch, and without
 * this a dropped dot could glue them, so a second pass would split what the first kept whole (the
 * pipeline must be idempotent).
 */
public final class PunctuationStep implements NormalizationStep {
  @Override
  public String id() {
    return "strip-punctuation";
  }

  @Override
  public String apply(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    int previousScript = UScript.COMMON;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      int kind = Character.getType(codePoint);
      if (kind == Character.MODIFIER_LETTER
          || kind == Character.NON_SPACING_MARK
          || isJoiner(codePoint)) {
        continue;
      }
      if (Character.isLetterOrDigit(codePoint)) {
        int script = scriptOf(codePoint);
        if (script != UScript.COMMON) {
          pendingSpace |= previousScript != UScript.COMMON && script != previousScript;
          previousScript = script;
        }
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(codePoint);
      } else {
        pendingSpace = true;
      }
    }
    String result = out.toString();
    return result.equals(text) ? text : result;
  }

  /**
   * The letter's script, LATIN for ASCII without a lookup; digits and other shared characters are
   * COMMON.
   */
  private static int scriptOf(int codePoint) {
    if (codePoint < 0x80) {
      return Character.isLetter(codePoint) ? UScript.LATIN : UScript.COMMON;
    }
    int script = UScript.getScript(codePoint);
    return script == UScript.INHERITED ? UScript.COMMON : script;
  }

  private static boolean isJoiner(int codePoint) {
    return codePoint == '.'
        || codePoint == '\''
        || codePoint == '\u2019'
        || codePoint == '`'
        || codePoint == '\u00b4';
  }
}
