package org.interdict.text;

/**
 * Cheap character checks shared by the normalization steps and detection; the ASCII test is the
 * fast path that skips ICU work.
 */
public final class Ascii {
  private Ascii() {}

  /** Whether every character of the text is below U+0080. */
  public static boolean isAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
