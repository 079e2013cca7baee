package org.interdict.text;

/**
 * Makes untrusted text (inventory fields, list names, queries) safe to print on a terminal: C0 and
 * C1 control characters (escape sequences), bidirectional overrides and isolates, and other
 * invisible format characters are shown as a backslash, {@code u} and the hex code point in braces,
 * so that hostile input cannot move the cursor, recolour, hide or reorder what a user reads. Tab
 * becomes a space. Everything else, including non-Latin scripts, is kept as written. Thread-safe.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * Returns {@code text} with every unsafe code point escaped; the same string when nothing needs
   * it.
   */
  public static String sanitize(String text) {
    if (text == null || text.isEmpty() || isSafe(text)) {
      return text == null ? "" : text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t') {
                out.append(' ');
              } else if (unsafe(cp)) {
                out.append("\\u{")
                    .append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT))
                    .append('}');
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private static boolean isSafe(String text) {
    return text.codePoints().noneMatch(cp -> cp == '\t' || unsafe(cp));
  }

  /**
   * Controls, bidi embeddings/overrides/isolates, and other zero-width format characters (category
   * Cf).
   */
  static boolean unsafe(int cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return true;
    }
    return Character.getType(cp) == Character.FORMAT || cp == 0x2028 || cp == 0x2029;
  }
}
