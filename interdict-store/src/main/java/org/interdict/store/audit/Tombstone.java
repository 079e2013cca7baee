package org.interdict.store.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * The signed record a purge leaves of the audit events it removed: the range, the hash before its
 * first event and of its last, so the chain still links across the gap. {@code signature} is base64
 * Ed25519 by the site key.
 */
public record Tombstone(
    String id,
    long firstSeq,
    long lastSeq,
    String firstPrevHash,
    String lastHash,
    long eventCount,
    Instant at,
    String reason,
    String keyFingerprint,
    String publicKey,
    String signature) {
  public Tombstone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(firstPrevHash, "firstPrevHash");
    Objects.requireNonNull(lastHash, "lastHash");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(keyFingerprint, "keyFingerprint");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(signature, "signature");
    if (firstSeq < 1 || lastSeq < firstSeq || eventCount != lastSeq - firstSeq + 1) {
      throw new IllegalArgumentException(
          "tombstone "
              + id
              + ": range "
              + firstSeq
              + "-"
              + lastSeq
              + " does not hold "
              + eventCount
              + " events");
    }
  }
}
