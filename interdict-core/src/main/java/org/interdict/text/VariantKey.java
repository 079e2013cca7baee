package org.interdict.text;

/**
 * A spelling-variant key for one normalized token: folds the differences that romanization systems
 * and spellings introduce, so {@code yevgeniy}, {@code evgenii}, {@code evgeniy} share the key
 * {@code evgeni}, and {@code kasperskiy}, {@code kaspersky}, {@code kasperskii} share {@code
 * kasperski}. Used for candidate retrieval and as a second opinion in token similarity; never shown
 * as a name.
 */
public final class VariantKey {
  private VariantKey() {}

  /** The key of a lower-case ASCII token; other characters are kept as they are. */
  public static String of(String token) {
    String s = token;
    if (s.length() > 2 && (s.startsWith("ye") || s.startsWith("ie"))) {
      s = s.substring(1);
    } else if (s.length() > 2 && s.startsWith("yu")) {
      s = "iu" + s.substring(2);
    } else if (s.length() > 2 && s.startsWith("ya")) {
      s = "ia" + s.substring(2);
    }
    s =
        s.replace("dzh", "j")
            .replace("tch", "ch")
            .replace("sch", "sh")
            .replace("ck", "k")
            .replace("kh", "h")
            .replace("ph", "f")
            .replace("ou", "u")
            .replace("oo", "u")
            .replace("ee", "i")
            .replace("dj", "j")
            .replace('w', 'v')
            .replace('q', 'k')
            .replace('y', 'i')
            .replace("x", "ks");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'c' && (i + 1 >= s.length() || s.charAt(i + 1) != 'h')) {
        c = 'k';
      }
      if (c == 'j' && i == s.length() - 1 && i > 0) {
        c = 'i';
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }
}
