package org.interdict.store.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement that the chain's event {@code seq} had hash {@code hash}; base64 Ed25519 by
 * the site key.
 */
public record Checkpoint(
    long seq, String hash, Instant at, String keyFingerprint, String publicKey, String signature) {
  public Checkpoint {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(keyFingerprint, "keyFingerprint");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(signature, "signature");
    if (seq < 1) {
      throw new IllegalArgumentException("checkpoint seq must be at least 1, was " + seq);
    }
  }
}
