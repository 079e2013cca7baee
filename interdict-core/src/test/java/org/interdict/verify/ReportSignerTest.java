package org.interdict.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSignerTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  Path report;
  Path input;
  SiteKey key;

  @BeforeEach
  void signedReport() throws Exception {
    SiteKeys.write(SiteKeys.generate(), dir.resolve("site"));
    key = SiteKeys.readPrivate(dir.resolve("site"));
    input = dir.resolve("fleet.json");
    Files.writeString(input, "[{\"name\":\"Kaspersky\"}]", StandardCharsets.UTF_8);
    report = dir.resolve("report.json");
    Files.writeString(
        report,
        """
        {"tool": {"name": "interdict", "version": "1.0", "catalogVersion": "2026.12.1"},
         "inputs": [{"file": "fleet.json", "records": 1}],
         "findings": [{"id": "F-1", "status": "prohibited"}, {"id": "F-2", "status": "advisory"}]}
        """,
        StandardCharsets.UTF_8);
    ReportSigner.sign(
        report,
        List.of(),
        new Invocation("scan", List.of("fleet.json"), dir.toString()),
        key,
        CLOCK);
  }

  private Verification verify() {
    return ReportVerifier.verify(
        report,
        ReportSigner.signatureFile(report),
        Optional.of(SiteKeys.readPublic(dir.resolve("site.pub"))));
  }

  @Test
  void keyFilesArePemAndThePrivateOneIsOwnerOnly() throws Exception {
    assertThat(Files.readString(dir.resolve("site"))).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(Files.readString(dir.resolve("site.pub"))).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("site"))))
        .isEqualTo("rw-------");
    assertThatThrownBy(() -> SiteKeys.write(SiteKeys.generate(), dir.resolve("site")))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
  }

  @Test
  void anUntouchedReportVerifiesAndItsEvidenceIsRecorded() throws Exception {
    Verification verification = verify();
    assertThat(verification.failures()).isEmpty();
    assertThat(verification.keyFingerprint()).isEqualTo(key.fingerprint());
    String sig = Files.readString(ReportSigner.signatureFile(report));
    assertThat(sig).contains("\"catalog\"", "2026.12.1", "input-file", FileDigestsOf.sha256(input));
  }

  @Test
  void reformattingTheReportStillVerifies() throws Exception {
    String compact = ReportSigner.JSON.writeValueAsString(ReportSigner.readJson(report));
    Files.writeString(report, compact, StandardCharsets.UTF_8);
    assertThat(verify().failures()).isEmpty();
  }

  @Test
  void aFlippedByteInAFindingIsNamed() throws Exception {
    flip(report, "advisory", "advisorz");
    assertThat(verify().failures())
        .singleElement()
        .asString()
        .contains("/findings/1 changed (id F-2)")
        .doesNotContain("/findings changed");
  }

  @Test
  void aFlippedByteInAnInputIsNamed() throws Exception {
    flip(input, "Kaspersky", "Kaspersk7");
    assertThat(verify().failures())
        .singleElement()
        .asString()
        .startsWith("input-file fleet.json: SHA-256 was");
  }

  @Test
  void aReportThatIsNoLongerJsonIsNamed() throws Exception {
    flip(report, "\"findings\"", "\"findings\"\"");
    assertThat(verify().failures())
        .singleElement()
        .asString()
        .startsWith("report:")
        .contains("not JSON at line");
  }

  @Test
  void anEditedSignatureFileFails() throws Exception {
    Path sig = ReportSigner.signatureFile(report);
    flip(sig, "\"scan\"", "\"scam\"");
    assertThat(verify().failures()).anySatisfy(f -> assertThat(f).startsWith("signature:"));
  }

  @Test
  void anotherKeyIsNamed() throws Exception {
    SiteKeys.write(SiteKeys.generate(), dir.resolve("other"));
    Verification verification =
        ReportVerifier.verify(
            report,
            ReportSigner.signatureFile(report),
            Optional.of(SiteKeys.readPublic(dir.resolve("other.pub"))));
    assertThat(verification.failures())
        .singleElement()
        .asString()
        .contains("not by the trusted key");
  }

  @Test
  void withoutAKeyTheEmbeddedOneIsUsedAndSaidSo() {
    Verification verification =
        ReportVerifier.verify(report, ReportSigner.signatureFile(report), Optional.empty());
    assertThat(verification.verified()).isTrue();
    assertThat(verification.notes()).anySatisfy(n -> assertThat(n).contains("not who signed it"));
  }

  @Test
  void anAbsentInputIsNotedNotFailed() throws Exception {
    Files.delete(input);
    Verification verification = verify();
    assertThat(verification.verified()).isTrue();
    assertThat(verification.notes())
        .anySatisfy(n -> assertThat(n).startsWith("input-file fleet.json: not checked"));
  }

  @Test
  void aPublicKeyGivenToSignIsRejectedWithAHint() {
    assertThatThrownBy(() -> SiteKeys.readPrivate(dir.resolve("site.pub")))
        .isInstanceOf(VerifyException.class)
        .hasMessageContaining("the file without .pub");
  }

  static void flip(Path file, String from, String to) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(
        file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
  }

  /** The digest the signature must record, computed independently of the code under test. */
  static final class FileDigestsOf {
    static String sha256(Path file) throws Exception {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
  }
}
