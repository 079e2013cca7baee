package org.interdict.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces written legal forms by their canonical token ({@code OOO -> llc}, {@code Limited ->
 * ltd}, {@code joint stock company -> jsc}); the scorer then gives these tokens a low weight. A
 * one-token name is left alone, since "Limited" alone is a name, not a form.
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
        out.add(word(tokens.get(i)));
        consumed = 1;
      }
      i += consumed;
    }
    String result = Tokens.join(out);
    return result.equals(text) ? text : result;
  }

  private static String word(String token) {
    String exact = LegalForms.WORDS.get(token);
    if (exact != null) {
      return exact;
    }
    if (token.length() >= 5) {
      for (var entry : LegalForms.WORDS.entrySet()) {
        if (LegalForms.nearlyEquals(token, entry.getKey())) {
          return entry.getValue();
        }
      }
    }
    return token;
  }

  private static boolean nearlyEqual(List<String> written, List<String> phrase) {
    for (int i = 0; i < phrase.size(); i++) {
      if (!LegalForms.nearlyEquals(written.get(i), phrase.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static int matchPhrase(List<String> tokens, int start, List<String> out) {
    for (Map.Entry<List<String>, String> phrase : LegalForms.PHRASES) {
      List<String> words = phrase.getKey();
      if (start + words.size() <= tokens.size()
          && nearlyEqual(tokens.subList(start, start + words.size()), words)) {
        out.add(phrase.getValue());
        return words.size();
      }
    }
    return 0;
  }
}
