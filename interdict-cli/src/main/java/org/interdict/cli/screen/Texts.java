package org.interdict.cli.screen;

/** Makes user-supplied text safe to print on one terminal line. */
final class Texts {
  private Texts() {}

  /** Control characters become spaces; text longer than {@code max} chars is cut and marked with an ellipsis. */
  static String printable(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (text.length() > max) {
      out.append('…');
    }
    return out.toString();
  }
}
