package org.interdict.cli.screen;

import org.interdict.text.TerminalText;

/**
 * Makes untrusted text (queries, list names and aliases, entry ids, programs) safe to print on one
 * terminal line.
 */
final class Texts {
  private Texts() {}

  /**
   * Text longer than {@code max} chars is cut (never inside a surrogate pair) and marked with an
   * ellipsis; then control, bidi and other invisible format characters are escaped by {@link
   * TerminalText#sanitize}, so a hostile list entry or query cannot recolour, hide or reorder what
   * the user reads.
   */
  static String printable(String text, int max) {
    if (text.length() <= max) {
      return TerminalText.sanitize(text);
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return TerminalText.sanitize(text.substring(0, end)) + '…';
  }

  /** {@link TerminalText#sanitize} without a length limit. */
  static String safe(String text) {
    return TerminalText.sanitize(text);
  }
}
