package org.interdict.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Site keys on disk: the private key as PKCS#8 PEM ({@code PRIVATE KEY}) readable by its owner
 * only, the public key as X.509 SubjectPublicKeyInfo PEM ({@code PUBLIC KEY}); both are what {@code
 * openssl pkey} reads and writes for Ed25519, so an auditor can check a signature with OpenSSL too.
 */
public final class SiteKeys {
  public static final String ALGORITHM = "Ed25519";
  private static final String PRIVATE = "PRIVATE KEY";
  private static final String PUBLIC = "PUBLIC KEY";

  private SiteKeys() {}

  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK provides Ed25519 since Java 15", e);
    }
  }

  /**
   * Writes {@code prefix} (private, created with permissions 600 where the file system is POSIX)
   * and {@code prefix.pub}; refuses to overwrite either, so a key in use is never replaced by
   * accident.
   */
  public static void write(KeyPair pair, Path prefix) throws IOException {
    Path publicFile = publicFile(prefix);
    for (Path file : new Path[] {prefix, publicFile}) {
      if (Files.exists(file)) {
        throw new FileAlreadyExistsException(
            file.toString(), null, "a key file is never overwritten");
      }
    }
    // The JDK cannot derive an Ed25519 public key from the private one, so the private file carries
    // its public key
    // as a second PEM block (OpenSSL reads the first block and ignores the rest): signing can then
    // name the key.
    byte[] privatePem =
        (pem(PRIVATE, pair.getPrivate().getEncoded()) + pem(PUBLIC, pair.getPublic().getEncoded()))
            .getBytes(StandardCharsets.US_ASCII);
    if (prefix.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          prefix,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(prefix);
    }
    Files.write(prefix, privatePem, StandardOpenOption.TRUNCATE_EXISTING);
    Files.writeString(
        publicFile, pem(PUBLIC, pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
  }

  public static Path publicFile(Path prefix) {
    return prefix.resolveSibling(prefix.getFileName() + ".pub");
  }

  /**
   * The key pair of a private key file written by {@link #write}; checks that its two halves belong
   * together.
   */
  public static SiteKey readPrivate(Path file) {
    PrivateKey privateKey;
    try {
      privateKey =
          KeyFactory.getInstance(ALGORITHM)
              .generatePrivate(new PKCS8EncodedKeySpec(unpem(file, PRIVATE)));
    } catch (GeneralSecurityException e) {
      throw new VerifyException(file + ": not an Ed25519 private key (" + e.getMessage() + ")", e);
    }
    PublicKey publicKey = publicKey(unpem(file, PUBLIC), file.toString());
    SiteKey key = new SiteKey(privateKey, publicKey);
    byte[] probe = "interdict key check".getBytes(StandardCharsets.US_ASCII);
    if (!Signatures.verify(publicKey, probe, key.sign(probe))) {
      throw new VerifyException(
          file + ": its PUBLIC KEY block does not belong to its PRIVATE KEY block");
    }
    return key;
  }

  public static PublicKey readPublic(Path file) {
    return publicKey(unpem(file, PUBLIC), file.toString());
  }

  /** An Ed25519 public key from its X.509 encoding; {@code where} names its origin in the error. */
  public static PublicKey publicKey(byte[] encoded, String where) {
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
    } catch (GeneralSecurityException e) {
      throw new VerifyException(where + ": not an Ed25519 public key (" + e.getMessage() + ")", e);
    }
  }

  /** PEM text (64-column base64 between BEGIN and END lines) of a DER encoding. */
  public static String pem(String label, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  private static byte[] unpem(Path file, String label) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new VerifyException("cannot read the key file " + file + ": " + e.getMessage(), e);
    }
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new VerifyException(
          file
              + ": expected a PEM block '"
              + begin
              + "'"
              + (label.equals(PRIVATE) && text.contains("PUBLIC KEY")
                  ? " (this is a public key; --sign takes the "
                      + "private key, the file without .pub)"
                  : ""));
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw new VerifyException(file + ": the PEM block is not base64: " + e.getMessage(), e);
    }
  }
}
