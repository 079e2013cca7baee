package org.interdict.text;

/**
 * One named text transformation of a name. Contract: {@link #apply} is pure, thread-safe, never
 * returns null and returns its input instance unchanged (same reference or an equal string) when it
 * has nothing to do, so the pipeline can tell which steps changed a name. Ids are stable kebab-case
 * and appear in explanations.
 */
public interface NormalizationStep {
  /** The stable kebab-case id of this step, for example {@code case-fold}. */
  String id();

  /**
   * Returns the transformed text; spaces separate tokens once {@code strip-punctuation} has run.
   */
  String apply(String text);
}
