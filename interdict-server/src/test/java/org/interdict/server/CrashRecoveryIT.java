package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: the server runs in its own JVM, is killed with SIGKILL while a large scan runs, and
 * is started again on the same data directory; committed data must be intact and the interrupted
 * job must end.
 */
class CrashRecoveryIT {
  static final int HOSTS = 30_000;
  static final int ROWS_PER_HOST = 10;

  record Running(Process process, int port, String key) {
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  static Running launch(Path dataDir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                ServerProcess.class.getName(),
                dataDir.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    int port = -1;
    String key = null;
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith("PORT=")) {
        port = Integer.parseInt(line.substring(5));
      } else if (line.startsWith("KEY=")) {
        key = line.substring(4);
        break;
      }
    }
    assertThat(port).as("the server process printed its port").isPositive();
    return new Running(process, port, key);
  }

  /**
   * An osquery result log of HOSTS snapshots with ROWS_PER_HOST programs each; every 100th host
   * runs Kaspersky.
   */
  static Path largeInventory(Path dir) throws IOException {
    Path file = dir.resolve("large.osquery.json");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int h = 0; h < HOSTS; h++) {
        w.write(
            "{\"name\": \"pack_inventory_programs\", \"hostIdentifier\": \"HOST-"
                + h
                + "\", \"action\": "
                + "\"snapshot\", \"snapshot\": [");
        for (int r = 0; r < ROWS_PER_HOST; r++) {
          boolean banned = h % 100 == 0 && r == 0;
          w.write(
              (r > 0 ? ", " : "")
                  + "{\"name\": \""
                  + (banned ? "Kaspersky Endpoint Security for Windows" : "Office Tool " + r)
                  + "\", \"version\": \"1."
                  + r
                  + "\", \"publisher\": \""
                  + (banned ? "AO Kaspersky Lab" : "Example Corp")
                  + "\"}");
        }
        w.write("]}\n");
      }
    }
    return file;
  }

  @Test
  void killDuringAScanLosesNothingCommittedAndTheJobEnds(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    Path large = largeInventory(dir);
    Running first = launch(data);
    String key = first.key();
    String smallScan;
    long smallFindings;
    String bigScan;
    String observed;
    try {
      Http http = new Http(first.port());
      Http.Response small =
          http.upload(
              key,
              "fleet.osquery.json",
              Files.readAllBytes(ApiSuite.FLEET),
              Map.of("asOf", "2024-10-01"));
      smallScan = small.json().get("id").asText();
      assertThat(await(http, key, smallScan).get("status").asText()).isEqualTo("completed");
      smallFindings =
          http.get("/api/v1/findings?scan=" + smallScan, key).json().get("total").asLong();
      assertThat(smallFindings).isPositive();
      Http.Response big =
          http.upload(key, "large.osquery.json", Files.readAllBytes(large), Map.of());
      assertThat(big.status()).as(big.body()).isEqualTo(202);
      bigScan = big.json().get("id").asText();
      observed = waitWhileQueued(http, key, bigScan);
    } finally {
      first.kill();
    }
    assertThat(observed).as("the job was caught before it ended").isEqualTo("running");

    Running second = launch(data);
    try {
      assertThat(second.key()).as("no new admin key on a restart").isEqualTo("-");
      Http http = new Http(second.port());
      assertThat(http.get("/api/v1/findings?scan=" + smallScan, key).json().get("total").asLong())
          .isEqualTo(smallFindings);
      JsonNode job = await(http, key, bigScan);
      assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("completed");
      assertThat(job.get("progress").get("records").asLong())
          .isEqualTo((long) HOSTS * ROWS_PER_HOST);
      assertThat(http.get("/api/v1/findings?scan=" + bigScan, key).json().get("total").asLong())
          .as("one finding per Kaspersky host, none doubled by the re-run")
          .isEqualTo(HOSTS / 100);
      List<String> uploaded =
          http.get("/api/v1/audit?action=scan-uploaded", key).json().findValuesAsText("subjectId");
      assertThat(uploaded).contains(smallScan, bigScan);
    } finally {
      second.kill();
    }
  }

  @Test
  void anInterruptedJobWhoseUploadIsGoneFailsWithAReason(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    Running first = launch(data);
    String bigScan;
    try {
      Http http = new Http(first.port());
      bigScan =
          http.upload(
                  first.key(),
                  "large.osquery.json",
                  Files.readAllBytes(largeInventory(dir)),
                  Map.of())
              .json()
              .get("id")
              .asText();
      assertThat(waitWhileQueued(http, first.key(), bigScan)).isEqualTo("running");
    } finally {
      first.kill();
    }
    Files.delete(data.resolve("uploads").resolve(bigScan));
    Running second = launch(data);
    try {
      JsonNode job = await(new Http(second.port()), first.key(), bigScan);
      assertThat(job.get("status").asText()).isEqualTo("failed");
      assertThat(job.get("reason").asText()).contains("upload of this job is missing");
    } finally {
      second.kill();
    }
  }

  private static String waitWhileQueued(Http http, String key, String id)
      throws InterruptedException {
    for (int i = 0; i < 1000; i++) {
      String status = http.get("/api/v1/scans/" + id, key).json().get("status").asText();
      if (!status.equals("queued")) {
        return status;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("job " + id + " stayed queued");
  }

  private static JsonNode await(Http http, String key, String id) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      JsonNode job = http.get("/api/v1/scans/" + id, key).json();
      String status = job.get("status").asText();
      if (status.equals("completed") || status.equals("failed")) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not end in 120 s");
  }
}
