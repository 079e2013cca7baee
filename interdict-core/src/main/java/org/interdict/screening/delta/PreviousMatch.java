package org.interdict.screening.delta;

import java.util.Objects;

/** A listed party a stored party matched in a baseline screening, with the (rounded) score. */
public record PreviousMatch(String partyId, double score) {
  public PreviousMatch {
    Objects.requireNonNull(partyId, "partyId");
  }
}
