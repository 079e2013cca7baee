package org.interdict.store.parties;

import java.util.Objects;

/**
 * One hit of a stored party's last screening: the listed party id, the list entry's hash and the
 * score.
 */
public record LastHit(String partyId, String entryHash, double score) {
  public LastHit {
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(entryHash, "entryHash");
  }
}
