package org.interdict.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged CLI in a child JVM, fed through real pipes (issue 9, failure 7: "Illegal seek" on
 * pipes, {@code -} taken as a file name) and run as an unprivileged user for the "permission
 * denied" message.
 */
class ScanInputsIT {
  private static final Path JAR = Path.of("target", "interdict.jar").toAbsolutePath();
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final String SPDX =
      "{\"spdxVersion\":\"SPDX-2.3\",\"SPDXID\":\"SPDXRef-DOCUMENT\",\"packages\":"
          + "[{\"SPDXID\":\"SPDXRef-k\",\"name\":\"Kaspersky Endpoint Security for Windows\",\"versionInfo\":\"12.0\"}]}";

  record Result(int exit, String out, String err) {}

  Path dir;

  @BeforeEach
  void makeDirectory() throws IOException {
    assumeTrue(Files.isRegularFile(JAR), "packaged CLI not found at " + JAR);
    // Outside the build directory and readable by everyone, for the run as an unprivileged user.
    dir =
        Files.createTempDirectory(
            Path.of("/tmp"),
            "scan-inputs-it",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
  }

  @AfterEach
  void removeDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  @Test
  void dashReadsStandardInputThroughAPipe() throws Exception {
    Result result =
        run(
            SPDX.getBytes(StandardCharsets.UTF_16),
            JAVA,
            "-jar",
            JAR.toString(),
            "scan",
            "--no-progress",
            "-");

    assertThat(result.out())
        .contains("  - (spdx): 1 record, 0 errors", "Kaspersky Endpoint Security");
    assertThat(result.exit()).isEqualTo(1);
  }

  @Test
  void devStdinIsReadWithoutSeeking() throws Exception {
    Result result =
        run(
            SPDX.getBytes(StandardCharsets.UTF_8),
            JAVA,
            "-jar",
            JAR.toString(),
            "scan",
            "--no-progress",
            "/dev/stdin");

    assertThat(result.out())
        .contains("/dev/stdin (spdx): 1 record, 0 errors")
        .doesNotContain("Illegal seek");
    assertThat(result.exit()).isEqualTo(1);
  }

  @Test
  void processSubstitutionIsReadWithoutSeeking() throws Exception {
    Path file = Files.writeString(dir.resolve("fleet.spdx.json"), SPDX);
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash");

    Result result =
        run(
            new byte[0],
            "/bin/bash",
            "-c",
            "exec \"$0\" -jar \"$1\" scan --no-progress <(cat \"$2\")",
            JAVA,
            JAR.toString(),
            file.toString());

    assertThat(result.out()).contains("(spdx): 1 record, 0 errors").doesNotContain("Illegal seek");
    assertThat(result.exit()).isEqualTo(1);
  }

  @Test
  void aFileTheUserMayNotReadSaysPermissionDenied() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.spdx.json"), SPDX);
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    List<String> command = new ArrayList<>();
    if (Files.isReadable(secret)) {
      // root reads any file, so run the CLI as "nobody", without root's capabilities
      assumeTrue(
          Files.isExecutable(Path.of("/usr/bin/setpriv")),
          "running as root and no setpriv to drop it");
      command.addAll(
          List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    command.addAll(
        List.of(JAVA, "-jar", JAR.toString(), "scan", "--no-progress", secret.toString()));

    Result result = run(new byte[0], command.toArray(String[]::new));

    assertThat(result.out()).contains(secret + ": permission denied");
    assertThat(result.exit()).isEqualTo(2);
  }

  @Test
  void aComponentsObjectIsNoInputReadAndExitsTwo() throws Exception {
    Path bom =
        Files.writeString(
            dir.resolve("sbom.cdx.json"),
            "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\","
                + "\"components\":{\"name\":\"Kaspersky Endpoint Security for Windows\"}}");

    Result result =
        run(new byte[0], JAVA, "-jar", JAR.toString(), "scan", "--no-progress", bom.toString());

    assertThat(result.out())
        .contains("unexpected-structure", "expected an array of components, found an object");
    assertThat(result.exit()).isEqualTo(2);
  }

  @Test
  void screenReadsNamesFromStandardInput() throws Exception {
    Result result =
        run(
            "name\nAcme Widgets\nGlobex\n".getBytes(StandardCharsets.UTF_8),
            JAVA,
            "-jar",
            JAR.toString(),
            "screen",
            "--input",
            "-",
            "--column",
            "name");

    assertThat(result.err()).contains("Screened 2 names");
    assertThat(result.out()).contains("Acme Widgets", "Globex");
  }

  private Result run(byte[] stdin, String... command) throws Exception {
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try (OutputStream input = process.getOutputStream()) {
      input.write(stdin);
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
