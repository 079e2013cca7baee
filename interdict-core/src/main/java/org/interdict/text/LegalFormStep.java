package org.interdict.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces written legal forms by their canonical token ({@code OOO -> llc}, {@code Limited -> ltd},
 * {@code joint stock company -> jsc}); the scorer then gives these tokens a low weight. A one-token name is left
 * alone, since "Limited" alone is a name, not a form.
 */
public final class LegalFormStep implements NormalizationStep {
  @Override
  public String id() {
    return "legal-form";
  }

  @Override
  public String apply(String text) {
    List<String> tokens = Tokens.split(text);
    if (tokens.size() < 2) {
      return text;
    }
    List<String> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      int consumed = matchPhrase(tokens, i, out);
      if (consumed == 0) {
        String token = tokens.get(i);
        out.add(LegalForms.WORDS.getOrDefault(token, token));
        consumed = 1;
      }
      i += consumed;
    }
    String result = Tokens.join(out);
    return result.equals(text) ? text : result;
  }

  private static int matchPhrase(List<String> tokens, int start, List<String> out) {
    for (Map.Entry<List<String>, String> phrase : LegalForms.PHRASES) {
      List<String> words = phrase.getKey();
      if (start + words.size() <= tokens.size() && tokens.subList(start, start + words.size()).equals(words)) {
        out.add(phrase.getValue());
        return words.size();
      }
    }
    return 0;
  }
}
