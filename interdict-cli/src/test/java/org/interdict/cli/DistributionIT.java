package org.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the distribution built by {@code package} unpacks into any folder and runs a scan there
 * with only a JDK on the PATH: no Maven, no source tree, no JAVA_HOME.
 */
class DistributionIT {
  @TempDir Path dir;

  @Test
  void theUnpackedTarballScansFromAnyFolder() throws Exception {
    Path target = Path.of("target");
    Path tarball;
    try (Stream<Path> files = Files.list(target)) {
      tarball =
          files
              .filter(f -> f.getFileName().toString().matches("interdict-.+\\.tar\\.gz"))
              .findFirst()
              .orElse(null);
    }
    Assumptions.assumeTrue(
        tarball != null, "no interdict-*.tar.gz in target/: run ./mvnw package first");
    assertThat(
            Path.of("target").resolve(tarball.getFileName().toString().replace(".tar.gz", ".zip")))
        .exists();
    run(
        List.of("tar", "-xzf", tarball.toAbsolutePath().toString(), "-C", dir.toString()),
        dir,
        Map.of());
    Path home;
    try (Stream<Path> unpacked = Files.list(dir)) {
      home = unpacked.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    assertThat(home.resolve("bin/interdict")).isExecutable();
    assertThat(home.resolve("bin/interdict.bat")).exists();
    assertThat(home.resolve("lib/interdict.jar")).exists();
    assertThat(home.resolve("LICENSE")).content().contains("Apache License");
    assertThat(home.resolve("README.md")).content().doesNotContain("${project.version}");
    Path sample = ReadmeExamplesTest.repositoryRoot().resolve("examples/fleet.osquery.json");
    Path work = Files.createDirectory(dir.resolve("elsewhere"));

    Process scan =
        run(
            List.of(
                home.resolve("bin/interdict").toString(),
                "scan",
                sample.toString(),
                "--as-of",
                "2024-10-01",
                "--format",
                "json",
                "-o",
                "scan.json"),
            work,
            Map.of(
                "PATH",
                Path.of(System.getProperty("java.home"), "bin")
                    + File.pathSeparator
                    + "/usr/bin:/bin"));

    assertThat(scan.exitValue())
        .as(new String(scan.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(1);
    assertThat(work.resolve("scan.json")).content().contains("\"prohibited\"");
  }

  private static Process run(List<String> command, Path workDir, Map<String, String> environment)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    if (!environment.isEmpty()) {
      builder.environment().clear();
      builder.environment().putAll(environment);
    }
    Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish in 120 s");
    }
    return process;
  }
}
