package org.interdict.text;

/**
 * Keeps letters and digits only and separates tokens by one space. Dots and apostrophes join their neighbours
 * ({@code L.L.C. -> llc}, {@code O'Brien -> obrien}) because they abbreviate rather than separate; modifier letters
 * such as the BGN soft-sign prime are dropped; every other character (punctuation, symbols, controls) separates.
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
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      int kind = Character.getType(codePoint);
      if (kind == Character.MODIFIER_LETTER || kind == Character.NON_SPACING_MARK || isJoiner(codePoint)) {
        continue;
      }
      if (Character.isLetterOrDigit(codePoint)) {
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

  private static boolean isJoiner(int codePoint) {
    return codePoint == '.' || codePoint == '\'' || codePoint == '\u2019' || codePoint == '`' || codePoint == '\u00b4';
  }
}
