package org.interdict.text;

import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A name after normalization: {@code tokens} are the name words, {@code legalForms} the canonical
 * legal-form tokens found in it (kept apart because they weigh little), {@code steps} the ids of
 * the steps that changed something, in order, and {@code truncated} whether the input was cut to
 * {@link NamePipeline#MAX_CHARS}.
 */
public record NormalizedName(
    String original,
    List<String> tokens,
    List<String> legalForms,
    List<String> steps,
    boolean truncated) {
  public NormalizedName {
    Objects.requireNonNull(original, "original");
    tokens = List.copyOf(tokens);
    legalForms = List.copyOf(legalForms);
    steps = List.copyOf(steps);
  }

  /** Whether nothing is left to match on. */
  public boolean isEmpty() {
    return tokens.isEmpty() && legalForms.isEmpty();
  }

  /**
   * The scripts, by ICU name ("Khmer"), of the letters left in the tokens that are not Latin: the
   * pipeline romanizes every script ICU has a transliterator for, so these are the ones it has not,
   * in alphabetical order; empty for a fully romanized name.
   */
  public List<String> unromanizedScripts() {
    TreeSet<String> scripts = null;
    for (String token : tokens) {
      for (int i = 0; i < token.length(); ) {
        int codePoint = token.codePointAt(i);
        i += Character.charCount(codePoint);
        if (codePoint < 0x80 || !Character.isLetter(codePoint)) {
          continue;
        }
        int script = UScript.getScript(codePoint);
        if (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED) {
          if (scripts == null) {
            scripts = new TreeSet<>();
          }
          scripts.add(UScript.getName(script));
        }
      }
    }
    return scripts == null ? List.of() : List.copyOf(scripts);
  }

  /** The name tokens joined by single spaces, as a comparable string. */
  public String text() {
    return String.join(" ", tokens);
  }
}
