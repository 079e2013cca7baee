package org.interdict.text;

/**
 * Replaces lone surrogates and control characters by spaces. Runs first: ICU transliterators throw
 * on malformed UTF-16, and control characters from pasted or binary input must not glue words
 * together.
 */
public final class InvalidCharacterStep implements NormalizationStep {
  @Override
  public String id() {
    return "drop-invalid";
  }

  @Override
  public String apply(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pairedHigh =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean invalid = Character.isISOControl(c) || (Character.isSurrogate(c) && !pairedHigh);
      if (pairedHigh) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (invalid && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(invalid ? ' ' : c);
      }
    }
    return out == null ? text : out.toString();
  }
}
