package org.interdict.text;

import java.util.List;
import java.util.Objects;

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

  /** The name tokens joined by single spaces, as a comparable string. */
  public String text() {
    return String.join(" ", tokens);
  }
}
