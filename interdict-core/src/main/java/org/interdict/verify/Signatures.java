package org.interdict.verify;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;
import org.interdict.lists.snapshot.FileDigests;

/** Ed25519 signatures and SHA-256 digests as this package writes them. */
public final class Signatures {
  private Signatures() {}

  public static byte[] sign(PrivateKey key, byte[] message) {
    try {
      Signature signature = Signature.getInstance(SiteKeys.ALGORITHM);
      signature.initSign(key);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new VerifyException(
          "cannot sign with an " + key.getAlgorithm() + " key: " + e.getMessage(), e);
    }
  }

  /**
   * Whether {@code signature} is {@code key}'s signature of {@code message}; a malformed signature
   * is false.
   */
  public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance(SiteKeys.ALGORITHM);
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  public static String fingerprint(PublicKey key) {
    return "sha256:" + sha256(key.getEncoded());
  }

  /** Lower-case hex SHA-256. */
  public static String sha256(byte[] bytes) {
    MessageDigest digest = FileDigests.newSha256();
    return HexFormat.of().formatHex(digest.digest(bytes));
  }
}
