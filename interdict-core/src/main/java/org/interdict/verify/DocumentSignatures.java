package org.interdict.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Signs any JSON document, and checks such a signature: the API the server's evidence packs and the
 * report signatures share. The signed message is the RFC 8785 form of {@code {"document": ...,
 * "keyFingerprint": ..., "signedAt": ...}}, so the time and the key are covered too. The signature
 * block is:
 *
 * <pre>{"algorithm":"Ed25519","canonicalization":"RFC8785","documentSha256":"...","signedAt":"...",
 *  "keyFingerprint":"sha256:...","publicKey":"base64 X.509","value":"base64"}</pre>
 */
public final class DocumentSignatures {
  public static final String CANONICALIZATION = "RFC8785";

  /** The member that holds an embedded signature block. */
  public static final String EMBEDDED = "signature";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DocumentSignatures() {}

  public static ObjectNode sign(JsonNode document, SiteKey key, Clock clock) {
    String signedAt = clock.instant().toString();
    ObjectNode block = NODES.objectNode();
    block.put("algorithm", SiteKeys.ALGORITHM);
    block.put("canonicalization", CANONICALIZATION);
    block.put("documentSha256", Signatures.sha256(JsonCanonicalizer.canonicalBytes(document)));
    block.put("signedAt", signedAt);
    block.put("keyFingerprint", key.fingerprint());
    block.put("publicKey", Base64.getEncoder().encodeToString(key.publicKey().getEncoded()));
    block.put(
        "value",
        Base64.getEncoder()
            .encodeToString(key.sign(message(document, key.fingerprint(), signedAt))));
    return block;
  }

  /**
   * What is wrong with {@code block} as a signature of {@code document}: empty when it verifies.
   * With a {@code trusted} key the block must name that key; without one the embedded key is used,
   * which proves the document unchanged since signing but not who signed it.
   */
  public static List<String> problems(
      JsonNode document, JsonNode block, Optional<PublicKey> trusted) {
    List<String> problems = new ArrayList<>();
    String fingerprint = block.path("keyFingerprint").asText("");
    String signedAt = block.path("signedAt").asText("");
    PublicKey key;
    try {
      key =
          trusted.orElseGet(
              () ->
                  SiteKeys.publicKey(
                      Base64.getDecoder().decode(block.path("publicKey").asText("")),
                      "signature block publicKey"));
    } catch (RuntimeException e) {
      problems.add("signature: the embedded public key is unreadable (" + e.getMessage() + ")");
      return problems;
    }
    if (!Signatures.fingerprint(key).equals(fingerprint)) {
      problems.add(
          "signature: signed by key "
              + fingerprint
              + ", not by the trusted key "
              + Signatures.fingerprint(key));
      return problems;
    }
    String digest = Signatures.sha256(JsonCanonicalizer.canonicalBytes(document));
    if (!digest.equals(block.path("documentSha256").asText())) {
      problems.add(
          "signature: the signed document's SHA-256 was "
              + block.path("documentSha256").asText()
              + ", the document now has "
              + digest);
    }
    byte[] value;
    try {
      value = Base64.getDecoder().decode(block.path("value").asText(""));
    } catch (IllegalArgumentException e) {
      problems.add("signature: value is not base64");
      return problems;
    }
    if (!Signatures.verify(key, message(document, fingerprint, signedAt), value)) {
      problems.add(
          "signature: the Ed25519 signature does not match the signed document, its time or its key");
    }
    return problems;
  }

  /**
   * The document with its signature embedded as the member {@value #EMBEDDED}, signed over the
   * document without that member: one self-contained file (the server's evidence packs), checked by
   * {@link #embeddedProblems} and {@code interdict verify}. Any earlier embedded signature is
   * replaced.
   */
  public static ObjectNode embed(ObjectNode document, SiteKey key, Clock clock) {
    ObjectNode unsigned = document.deepCopy();
    unsigned.remove(EMBEDDED);
    ObjectNode signed = unsigned.deepCopy();
    signed.set(EMBEDDED, sign(unsigned, key, clock));
    return signed;
  }

  /** Whether the document carries an embedded signature block ({@link #embed}). */
  public static boolean hasEmbedded(JsonNode document) {
    return document.isObject() && document.path(EMBEDDED).isObject();
  }

  /** {@link #problems} of a document signed by {@link #embed}; empty when it verifies. */
  public static List<String> embeddedProblems(JsonNode document, Optional<PublicKey> trusted) {
    if (!hasEmbedded(document)) {
      return List.of("signature: the document has no embedded \"" + EMBEDDED + "\" block");
    }
    ObjectNode unsigned = ((ObjectNode) document).deepCopy();
    JsonNode block = unsigned.remove(EMBEDDED);
    return problems(unsigned, block, trusted);
  }

  private static byte[] message(JsonNode document, String fingerprint, String signedAt) {
    ObjectNode message = NODES.objectNode();
    message.set("document", document);
    message.put("keyFingerprint", fingerprint);
    message.put("signedAt", signedAt);
    return JsonCanonicalizer.canonicalBytes(message);
  }
}
