package org.interdict.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the normalization steps over a name and splits the result into name tokens and legal forms.
 * The same pipeline normalizes list names at index time and queries at screening time. Immutable
 * and thread-safe.
 */
public final class NamePipeline {
  /** Inputs longer than this many chars are cut before matching (and the result says so). */
  public static final int MAX_CHARS = 512;

  /** Names with more tokens than this keep only the first ones. */
  public static final int MAX_TOKENS = 24;

  private static final NamePipeline DEFAULT =
      new NamePipeline(
          List.of(
              new InvalidCharacterStep(),
              new NfkcStep(),
              new CaseFoldStep(),
              new TransliterationStep(),
              new DiacriticsStep(),
              new PunctuationStep(),
              new HonorificStep(),
              new LegalFormStep(),
              new SynonymStep()));

  private final List<NormalizationStep> steps;

  public NamePipeline(List<NormalizationStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * The standard pipeline: drop-invalid, nfkc, case-fold, transliterate, strip-diacritics,
   * strip-punctuation, drop-honorifics, legal-form, synonyms.
   */
  public static NamePipeline standard() {
    return DEFAULT;
  }

  /** The steps in the order they run. */
  public List<NormalizationStep> steps() {
    return steps;
  }

  /**
   * Normalizes one name; never fails, whatever the input (empty, control characters, lone
   * surrogates).
   */
  public NormalizedName normalize(String name) {
    String text = name;
    boolean truncated = false;
    if (text.length() > MAX_CHARS) {
      int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
      text = text.substring(0, end);
      truncated = true;
    }
    List<String> applied = new ArrayList<>(4);
    for (NormalizationStep step : steps) {
      String next = step.apply(text);
      if (!next.equals(text)) {
        applied.add(step.id());
      }
      text = next;
    }
    List<String> tokens = new ArrayList<>();
    List<String> legalForms = new ArrayList<>(1);
    List<String> all = Tokens.split(text);
    boolean multiToken = all.size() > 1;
    for (String token : all) {
      if (token.isEmpty()) {
        continue;
      }
      if (multiToken && LegalForms.isCanonical(token)) {
        legalForms.add(token);
      } else if (tokens.size() < MAX_TOKENS) {
        tokens.add(token);
      } else {
        truncated = true;
      }
    }
    if (tokens.isEmpty() && !legalForms.isEmpty()) {
      tokens.addAll(legalForms);
      legalForms.clear();
    }
    return new NormalizedName(name, tokens, legalForms, applied, truncated);
  }
}
