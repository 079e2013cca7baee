package org.interdict.screening;

import java.util.Objects;

/**
 * A named part of a score (ids such as {@code token-similarity}, {@code legal-form}) and its value.
 */
public record ScorePart(String id, double value) {
  public ScorePart {
    Objects.requireNonNull(id, "id");
  }
}
