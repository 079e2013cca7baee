package org.interdict.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Writes the detached signature {@code REPORT.sig} of a JSON report (ADR 008): a statement with the
 * report's canonical digest and part digests, the evidence and the invocation, signed with {@link
 * DocumentSignatures}. The report itself is left byte for byte as written, so signing never changes
 * what other tools read.
 */
public final class ReportSigner {
  /**
   * Format 2: the same statement as format 1, but arrays of more than 256 elements get one part per
   * 256.
   */
  public static final String SCHEMA = "interdict-signature/2";

  /** Format 1 (one part digest per element), still verified. */
  public static final String SCHEMA_1 = "interdict-signature/1";

  static final ObjectMapper JSON = new ObjectMapper();

  private ReportSigner() {}

  public static Path signatureFile(Path report) {
    return report.resolveSibling(report.getFileName() + ".sig");
  }

  /** Signs {@code report} (a JSON file) and writes its {@code .sig}; returns the signature file. */
  public static Path sign(
      Path report, List<Path> argumentFiles, Invocation invocation, SiteKey key, Clock clock)
      throws IOException {
    // One streaming pass (ADR 008, decision 11): the report is never held whole, only one finding
    // at a time.
    ReportDigest digest = StreamingDigest.of(report, StreamingDigest.CHUNK, ReportEvidence.MEMBERS);
    Path base = Path.of(invocation.workingDirectory());
    List<Evidence> evidence = ReportEvidence.of(digest.kept(), argumentFiles, base);
    ObjectNode statement = statement(report, digest, evidence, invocation);
    ObjectNode file = JSON.createObjectNode();
    file.put("schema", SCHEMA);
    file.set("statement", statement);
    file.set("signature", DocumentSignatures.sign(statement, key, clock));
    Path target = signatureFile(report);
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    Files.writeString(
        partial,
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file) + "\n",
        StandardCharsets.UTF_8);
    Files.move(
        partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  static ObjectNode statement(
      Path report, ReportDigest digest, List<Evidence> evidence, Invocation invocation) {
    ObjectNode statement = JSON.createObjectNode();
    ObjectNode about = statement.putObject("report");
    about.put("file", report.getFileName().toString());
    about.put("canonicalization", DocumentSignatures.CANONICALIZATION);
    about.put("sha256", digest.sha256());
    ObjectNode parts = about.putObject("parts");
    for (Map.Entry<String, String> part : digest.parts().entrySet()) {
      parts.put(part.getKey(), part.getValue());
    }
    ArrayNode list = statement.putArray("evidence");
    for (Evidence e : evidence) {
      ObjectNode node = list.addObject();
      node.put("kind", e.kind());
      node.put("name", e.name());
      node.put("value", e.value());
      e.file().ifPresent(f -> node.put("file", f));
    }
    ObjectNode run = statement.putObject("invocation");
    run.put("command", invocation.command());
    ArrayNode arguments = run.putArray("arguments");
    invocation.arguments().forEach(arguments::add);
    run.put("workingDirectory", invocation.workingDirectory());
    return statement;
  }

  /** Parses a JSON file; a file that is not JSON fails naming the line and column. */
  public static JsonNode readJson(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new VerifyException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parseJson(text, file.toString());
  }

  /** Parses JSON text; {@code where} names its origin in the error. */
  public static JsonNode parseJson(String text, String where) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new VerifyException(
          where
              + ": not JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
  }
}
