package org.interdict.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signatures of format 1 (one digest per element, written before streaming) still verify and name
 * elements.
 */
class FormatOneSignatureTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;

  @Test
  void aFormatOneSignatureOfALongArrayVerifiesAndNamesTheElement() throws Exception {
    SiteKeys.write(SiteKeys.generate(), dir.resolve("site"));
    SiteKey key = SiteKeys.readPrivate(dir.resolve("site"));
    Path report = dir.resolve("report.json");
    StringBuilder json = new StringBuilder("{\"findings\": [");
    for (int i = 0; i < 300; i++) {
      json.append(i > 0 ? "," : "")
          .append("{\"id\": \"F-")
          .append(i)
          .append("\", \"status\": \"s")
          .append(i)
          .append("\"}");
    }
    Files.writeString(report, json.append("]}").toString(), StandardCharsets.UTF_8);
    // what format 1 wrote: the tree's parts, one per finding
    ObjectNode statement =
        ReportSigner.statement(
            report,
            StreamingDigest.of(report, StreamingDigest.UNCHUNKED, ReportEvidence.MEMBERS),
            List.of(),
            new Invocation("scan", List.of(), dir.toString()));
    assertThat(statement.path("report").path("parts").has("/findings/299")).isTrue();
    ObjectNode file = ReportSigner.JSON.createObjectNode();
    file.put("schema", ReportSigner.SCHEMA_1);
    file.set("statement", statement);
    file.set("signature", DocumentSignatures.sign(statement, key, CLOCK));
    Files.writeString(ReportSigner.signatureFile(report), file.toString(), StandardCharsets.UTF_8);
    Optional<java.security.PublicKey> trusted =
        Optional.of(SiteKeys.readPublic(dir.resolve("site.pub")));

    assertThat(
            ReportVerifier.verify(report, ReportSigner.signatureFile(report), trusted).failures())
        .isEmpty();
    ReportSignerTest.flip(report, "\"s299\"", "\"s29x\"");
    assertThat(
            ReportVerifier.verify(report, ReportSigner.signatureFile(report), trusted).failures())
        .singleElement()
        .asString()
        .contains("/findings/299 changed (id F-299)");
  }
}
