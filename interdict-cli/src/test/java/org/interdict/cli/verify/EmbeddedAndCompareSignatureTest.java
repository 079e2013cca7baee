package org.interdict.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.interdict.cli.CliRun;
import org.interdict.verify.DocumentSignatures;
import org.interdict.verify.SiteKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two signed outputs beside scan/screen/rescreen (issue 17): {@code compare --sign} and a
 * document with an embedded signature (the server's evidence packs), both checked by {@code
 * verify}.
 */
class EmbeddedAndCompareSignatureTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  Path privateKey;
  String publicKey;

  @BeforeEach
  void key() {
    privateKey = dir.resolve("site");
    CliRun keys = CliRun.of("keys", "generate", "--output", privateKey.toString());
    assertThat(keys.exit()).as(keys.err()).isZero();
    publicKey = dir.resolve("site.pub").toString();
  }

  @Test
  void aSignedCompareVerifiesAndAnEditedScoreIsNamed() throws Exception {
    Path report = dir.resolve("compare.json");
    CliRun compare =
        CliRun.of(
            "compare",
            "Kaspersky Lab",
            "AO Kaspersky Lab",
            "--format",
            "json",
            "--output",
            report.toString(),
            "--sign",
            privateKey.toString());
    assertThat(compare.exit()).as(compare.err()).isEqualTo(1);
    assertThat(Files.exists(Path.of(report + ".sig"))).isTrue();
    CliRun ok = CliRun.of("verify", report.toString(), "--key", publicKey);
    assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();

    String text = Files.readString(report, StandardCharsets.UTF_8);
    Files.writeString(report, text.replaceFirst("true", "false"), StandardCharsets.UTF_8);
    CliRun tampered = CliRun.of("verify", report.toString(), "--key", publicKey);
    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.out()).contains("FAILED report: ");
  }

  @Test
  void compareSignsOnlyAJsonFile() {
    CliRun compare = CliRun.of("compare", "A", "B", "--sign", privateKey.toString());
    assertThat(compare.exit()).isEqualTo(2);
    assertThat(compare.err()).contains("--sign signs a JSON report file");
  }

  @Test
  void anEmbeddedSignatureVerifiesAndAnyEditFailsIt() throws Exception {
    ObjectNode pack = JSON.createObjectNode();
    pack.put("schema", "interdict-evidence/1");
    pack.putObject("screening").put("id", "s-1").put("matches", 2);
    Clock clock = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);
    ObjectNode signed = DocumentSignatures.embed(pack, SiteKeys.readPrivate(privateKey), clock);
    Path file = dir.resolve("evidence.json");
    Files.writeString(file, JSON.writeValueAsString(signed), StandardCharsets.UTF_8);

    CliRun ok = CliRun.of("verify", file.toString(), "--key", publicKey);
    assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("(embedded signature) signed 2026-12-02T12:00:00Z");

    ((ObjectNode) signed.get("screening")).put("matches", 0);
    Files.writeString(file, JSON.writeValueAsString(signed), StandardCharsets.UTF_8);
    CliRun tampered = CliRun.of("verify", file.toString(), "--key", publicKey);
    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.out()).contains("FAILED signature: the signed document's SHA-256 was");

    CliRun otherKey = CliRun.of("keys", "generate", "--output", dir.resolve("other").toString());
    assertThat(otherKey.exit()).isZero();
    CliRun wrong =
        CliRun.of("verify", file.toString(), "--key", dir.resolve("other.pub").toString());
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.out()).contains("not by the trusted key");
  }
}
