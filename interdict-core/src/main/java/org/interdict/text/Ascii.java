package org.interdict.text;

/** Cheap character checks shared by the steps; the ASCII test is the fast path that skips ICU work. */
final class Ascii {
  private Ascii() {}

  static boolean isAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
