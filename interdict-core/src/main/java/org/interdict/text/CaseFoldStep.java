package org.interdict.text;

import java.util.Locale;

/**
 * Lower-cases with {@link Locale#ROOT}, so a Turkish or Lithuanian default locale cannot change
 * results.
 */
public final class CaseFoldStep implements NormalizationStep {
  @Override
  public String id() {
    return "case-fold";
  }

  @Override
  public String apply(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
