package org.interdict.screening;

/**
 * A necessary condition for {@link org.interdict.text.VariantKey#of} of a text to equal a given
 * key, from the letters each holds, so {@link CompoundPairs} computes the key of a joined run only
 * when it may match. The key is made of the text's letters and those its rewrites write ({@code w}
 * to {@code v}; {@code q}, {@code x}, {@code c} to {@code k}; {@code x} to {@code s}; {@code y},
 * {@code j}, {@code ee} to {@code i}; {@code oo} to {@code u}; {@code ph} to {@code f}; {@code
 * dzh}, {@code dj} to {@code j}), and keeps every {@link #SURVIVORS} letter, digit and other
 * character of the text. Stateless.
 */
final class KeyLetters {
  /** Set when a text holds a character other than a-z and 0-9: the condition then says maybe. */
  private static final long OTHER = 1L << 63;

  /** Letters VariantKey never drops, with the digits. */
  private static final long SURVIVORS = mask("abfglmnrsuv") | (0x3FFL << 26);

  private KeyLetters() {}

  /** The letters, digits and other characters of {@code text} as a mask. */
  static long of(String text) {
    long mask = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        mask |= 1L << (c - 'a');
      } else if (c >= '0' && c <= '9') {
        mask |= 1L << (26 + c - '0');
      } else {
        mask |= OTHER;
      }
    }
    return mask;
  }

  /**
   * False proves that a text whose {@link #of} is {@code text} does not have the key whose {@link
   * #of} is {@code key}.
   */
  static boolean mayHaveKey(long text, long key) {
    if (((text | key) & OTHER) != 0) {
      return true;
    }
    return (text & SURVIVORS & ~key) == 0 && (key & ~written(text)) == 0;
  }

  /** Letters rewritten into another, each with the letter it writes (w v, q k, ...). */
  private static final long[][] WRITES = {
    {mask("w"), bit('v')},
    {mask("qxc"), bit('k')},
    {mask("x"), bit('s')},
    {mask("yje"), bit('i')},
    {mask("o"), bit('u')},
    {mask("p"), bit('f')},
    {mask("d"), bit('j')},
  };

  /** The letters a key of a text with these letters may hold. */
  private static long written(long text) {
    long mask = text;
    for (long[] write : WRITES) {
      if ((text & write[0]) != 0) {
        mask |= write[1];
      }
    }
    return mask;
  }

  private static long bit(char letter) {
    return 1L << (letter - 'a');
  }

  private static long mask(String letters) {
    long mask = 0;
    for (int i = 0; i < letters.length(); i++) {
      mask |= bit(letters.charAt(i));
    }
    return mask;
  }
}
