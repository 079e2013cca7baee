package org.interdict.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a report against its {@code .sig}: the signature over the statement, the report's
 * canonical digest (and, when it differs, which parts), and each evidence file that can be read
 * here. Evidence files are looked up as recorded, first against the recorded working directory,
 * then against the current one.
 */
public final class ReportVerifier {
  private ReportVerifier() {}

  public static Verification verify(Path report, Path signature, Optional<PublicKey> trusted) {
    JsonNode file = ReportSigner.readJson(signature);
    String schema = file.path("schema").asText();
    if (!ReportSigner.SCHEMA.equals(schema) && !ReportSigner.SCHEMA_1.equals(schema)) {
      throw new VerifyException(
          signature
              + ": not an Interdict signature (schema is '"
              + schema
              + "', expected "
              + ReportSigner.SCHEMA
              + " or "
              + ReportSigner.SCHEMA_1
              + ")");
    }
    // format 1 named every element; its parts are recomputed the same way so that they compare
    int chunk =
        ReportSigner.SCHEMA_1.equals(schema) ? StreamingDigest.UNCHUNKED : StreamingDigest.CHUNK;
    JsonNode statement = file.path("statement");
    JsonNode block = file.path("signature");
    List<String> failures = new ArrayList<>(DocumentSignatures.problems(statement, block, trusted));
    List<String> notes = new ArrayList<>();
    if (trusted.isEmpty()) {
      notes.add(
          "no --key given: checked against the key embedded in the signature ("
              + block.path("keyFingerprint").asText()
              + "); this proves the report unchanged, not who signed it");
    }
    checkReport(report, statement.path("report"), chunk, failures);
    checkEvidence(statement, failures, notes);
    return new Verification(
        block.path("keyFingerprint").asText(), block.path("signedAt").asText(), failures, notes);
  }

  private static void checkReport(Path report, JsonNode about, int chunk, List<String> failures) {
    ReportDigest now;
    try {
      now = StreamingDigest.of(report, chunk, Set.of());
    } catch (VerifyException e) {
      failures.add("report: " + e.getMessage());
      return;
    }
    String digest = now.sha256();
    if (digest.equals(about.path("sha256").asText())) {
      return;
    }
    Map<String, String> signed = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = about.path("parts").fields(); it.hasNext(); ) {
      var part = it.next();
      signed.put(part.getKey(), part.getValue().asText());
    }
    List<String> places = ReportDiff.places(signed, now);
    failures.add(
        "report: canonical SHA-256 was "
            + about.path("sha256").asText()
            + ", is "
            + digest
            + (places.isEmpty() ? "" : "; differs at " + String.join(", ", places)));
  }

  private static void checkEvidence(JsonNode statement, List<String> failures, List<String> notes) {
    Path base = Path.of(statement.path("invocation").path("workingDirectory").asText("."));
    for (JsonNode node : statement.path("evidence")) {
      String value = node.path("value").asText();
      String name = node.path("name").asText();
      String place = node.path("kind").asText() + " " + name;
      if (!node.hasNonNull("file") || !value.startsWith("sha256:")) {
        if (value.startsWith("unavailable")) {
          notes.add(place + ": " + value + " when signed");
        }
        continue;
      }
      Evidence now = ReportEvidence.digest(node.path("kind").asText(), name, locate(name, base));
      if (now.value().startsWith("unavailable")) {
        notes.add(
            place + ": not checked here (" + now.value().substring("unavailable: ".length()) + ")");
      } else if (!now.value().equals(value)) {
        failures.add(
            place + ": SHA-256 was " + value.substring(7) + ", is " + now.value().substring(7));
      }
    }
  }

  private static Path locate(String name, Path base) {
    if (name.startsWith("classpath:")
        || Path.of(name).isAbsolute()
        || Files.exists(base.resolve(name))) {
      return base;
    }
    return Path.of("").toAbsolutePath();
  }
}
