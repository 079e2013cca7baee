package org.interdict.verify;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;

/**
 * A site's signing key: the private half signs, the public half is named in every signature.
 * Thread-safe.
 */
public record SiteKey(PrivateKey privateKey, PublicKey publicKey) {
  public SiteKey {
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  public byte[] sign(byte[] message) {
    return Signatures.sign(privateKey, message);
  }

  /** {@code sha256:} and the hex SHA-256 of the public key's X.509 encoding. */
  public String fingerprint() {
    return Signatures.fingerprint(publicKey);
  }
}
