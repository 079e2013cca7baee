package org.interdict.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 35 MB report signs and verifies in a child JVM with a 64 MB heap (the tree approach needs about
 * 20 times the report: shown by the same JVM failing to canonicalize it as a tree), and a flipped
 * finding is still named.
 */
class LargeReportTest {
  private static final int FINDINGS = 60_000;
  @TempDir Path dir;

  @Test
  void aReportLargerThanTheHeapSignsAndVerifies() throws Exception {
    Path report = dir.resolve("report.json");
    write(report);
    assertThat(Files.size(report)).isGreaterThan(30L << 20);
    SiteKeys.write(SiteKeys.generate(), dir.resolve("site"));
    Path key = dir.resolve("site");

    assertThat(child("tree", report, key).exit)
        .as("the whole-tree form must not fit, or this test proves nothing")
        .isNotZero();
    Child sign = child("sign", report, key);
    assertThat(sign.exit).as(sign.output).isZero();
    assertThat(Files.size(ReportSigner.signatureFile(report))).isLessThan(64L << 10);
    Child verify = child("verify", report, key);
    assertThat(verify.output).contains("verified");

    ReportSignerTest.flip(report, "\"status\":\"advisory\"", "\"status\":\"advisorz\"");
    Child tampered = child("verify", report, key);
    assertThat(tampered.output)
        .contains("FAILED")
        .contains("/findings/0-255 changed")
        .doesNotContain("/findings changed");
  }

  private static void write(Path report) throws Exception {
    try (BufferedWriter out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
      // members out of RFC 8785 order, so the streaming pass must reorder the top level
      out.write("{\"tool\":{\"version\":\"1.0\",\"name\":\"interdict\"},\"findings\":[");
      for (int i = 0; i < FINDINGS; i++) {
        out.write(i > 0 ? "," : "");
        out.write(
            String.format(
                Locale.ROOT,
                "{\"id\":\"F-%08d\",\"status\":\"%s\",\"host\":\"host-%05d.example\","
                    + "\"software\":{\"name\":\"Kaspersky Endpoint Security\",\"version\":\"11.%d.0\"},\"regime\":"
                    + "\"bis-icts-kaspersky-2024\",\"score\":%s,\"evidence\":[{\"field\":\"name\",\"value\":\"Kaspersky "
                    + "Endpoint Security for Windows\",\"rule\":\"vendor-kaspersky\"},{\"field\":\"publisher\",\"value\":"
                    + "\"AO Kaspersky Lab\",\"rule\":\"publisher-kaspersky\"}],\"occurrences\":%d,\"note\":\"%s\"}",
                i,
                i % 2 == 0 ? "advisory" : "prohibited",
                i % 20_000,
                i % 7,
                i % 3 == 0 ? "0.5" : "1e-7",
                i % 5,
                "x".repeat(200)));
      }
      out.write(
          "],\"asOf\":{\"date\":\"2024-10-01\"},\"summary\":{\"findings\":" + FINDINGS + "}}");
    }
  }

  private record Child(int exit, String output) {}

  private Child child(String mode, Path report, Path key) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-cp",
                classPath,
                LargeReportMain.class.getName(),
                mode,
                report.toString(),
                key.toString()));
    Path log = dir.resolve(mode + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(mode + " did not finish in 5 minutes");
    }
    return new Child(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
