package org.interdict.text;

import java.text.Normalizer;

/**
 * Unicode NFKC: folds compatibility forms (full-width letters, ligatures, superscripts) to plain
 * characters.
 */
public final class NfkcStep implements NormalizationStep {
  @Override
  public String id() {
    return "nfkc";
  }

  @Override
  public String apply(String text) {
    if (Ascii.isAscii(text)) {
      return text;
    }
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }
}
