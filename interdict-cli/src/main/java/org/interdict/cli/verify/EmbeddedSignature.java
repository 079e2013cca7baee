package org.interdict.cli.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.interdict.cli.ExitCodes;
import org.interdict.verify.DocumentSignatures;

/**
 * {@code interdict verify PACK.json} for a document that carries its own signature (the server's
 * evidence packs, {@link DocumentSignatures#embed}) instead of a detached {@code REPORT.sig}.
 */
final class EmbeddedSignature {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EmbeddedSignature() {}

  /** The document, when it is a JSON object with an embedded signature block; empty otherwise. */
  static Optional<JsonNode> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode document = JSON.readTree(in);
      return document != null && DocumentSignatures.hasEmbedded(document)
          ? Optional.of(document)
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional
          .empty(); // not JSON, or not signed this way: the detached-signature path reports it
    }
  }

  static int verify(PrintWriter out, Path file, JsonNode document, Optional<PublicKey> trusted) {
    List<String> problems = DocumentSignatures.embeddedProblems(document, trusted);
    problems.forEach(p -> out.println("FAILED " + p));
    JsonNode block = document.path(DocumentSignatures.EMBEDDED);
    if (problems.isEmpty()) {
      out.println(
          "Verified: "
              + file
              + " (embedded signature) signed "
              + block.path("signedAt").asText()
              + " by key "
              + block.path("keyFingerprint").asText());
      if (trusted.isEmpty()) {
        out.println(
            "note: checked with the key embedded in the signature: the document is unchanged since"
                + " signing; give --key to prove who signed it");
      }
      return ExitCodes.CLEAN;
    }
    out.println("Verification failed: " + problems.size() + " difference(s) in " + file);
    return ExitCodes.FOUND;
  }
}
