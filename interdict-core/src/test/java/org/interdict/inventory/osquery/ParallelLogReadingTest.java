package org.interdict.inventory.osquery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Parsing a result log on several threads gives the sink exactly what one thread gives, in the same
 * order: records, errors with their lines, and a failure of the input after the lines read before
 * it (issue 16, docs/adr/011).
 */
class ParallelLogReadingTest {
  @Test
  void sameRecordsAndErrorsInTheSameOrderAsOneThread() {
    String log = generated(30_000, new Random(7));
    ReadOutcome serial = ReadOutcome.of(new OsqueryReader(4096, 1), log);
    assertThat(serial.items()).hasSizeGreaterThan(100_000);
    assertThat(serial.items()).anyMatch(item -> item instanceof org.interdict.model.InputError);
    for (int threads : new int[] {2, 3, 8}) {
      assertThat(ReadOutcome.of(new OsqueryReader(4096, threads), log)).isEqualTo(serial);
    }
  }

  @Test
  void aLineLongerThanAChunkIsReadWhole() {
    StringBuilder big =
        new StringBuilder("{\"name\":\"programs\",\"hostIdentifier\":\"h\",\"snapshot\":[");
    for (int i = 0; big.length() < 3 * LineChunk.TARGET_BYTES; i++) {
      big.append(i == 0 ? "" : ",")
          .append("{\"name\":\"Program ")
          .append(i)
          .append("\",\"version\":\"1\"}");
    }
    String log =
        "{\"columns\":{\"name\":\"first\"}}\n" + big + "]}\n{\"columns\":{\"name\":\"last\"}}\n";
    ReadOutcome serial =
        ReadOutcome.of(new OsqueryReader(OsqueryReader.DEFAULT_MAX_LINE_BYTES, 1), log);
    assertThat(serial.items()).hasSizeGreaterThan(20_000);
    assertThat(ReadOutcome.of(new OsqueryReader(OsqueryReader.DEFAULT_MAX_LINE_BYTES, 2), log))
        .isEqualTo(serial);
  }

  @Test
  void aFailingInputFailsAfterTheLinesReadBeforeIt() {
    byte[] log = generated(20_000, new Random(11)).getBytes(StandardCharsets.UTF_8);
    ReadOutcome serial =
        ReadOutcome.of(new OsqueryReader(4096, 1), failingAfter(log, log.length / 2));
    ReadOutcome parallel =
        ReadOutcome.of(new OsqueryReader(4096, 2), failingAfter(log, log.length / 2));
    assertThat(serial.failure()).contains("disk gone");
    assertThat(serial.items()).isNotEmpty();
    assertThat(parallel).isEqualTo(serial);
  }

  /**
   * Snapshot and event lines with, now and then, a broken line, a blank line, CRLF or a line over 4
   * KiB.
   */
  static String generated(int lines, Random random) {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      switch (random.nextInt(50)) {
        case 0 -> log.append("{\"columns\":{\"name\":\"broken ").append(i).append('\n');
        case 1 -> log.append("   \n");
        case 2 ->
            log.append("{\"name\":\"x\",\"unixTime\":\"").append("9".repeat(5000)).append("\"}\n");
        case 3 ->
            log.append("{\"diffResults\":{\"added\":[{\"name\":\"Added ")
                .append(i)
                .append("\"}],\"removed\":[{\"name\":\"Gone\"}]},\"name\":\"programs\"}\r\n");
        case 4 -> log.append("{\"hostIdentifier\":\"h\"}\n");
        default -> {
          log.append(
              String.format(
                  Locale.ROOT,
                  "{\"name\":\"pack_inventory_programs\",\"hostIdentifier\":\"WS-%d\","
                      + "\"action\":\"snapshot\",\"snapshot\":[",
                  i));
          for (int row = 0; row < 10; row++) {
            log.append(row == 0 ? "" : ",")
                .append(
                    String.format(
                        Locale.ROOT,
                        "{\"name\":\"%s %d\",\"version\":" + "\"%d.0\",\"publisher\":\"%s\"}",
                        row == 0 && i % 7 == 0 ? "Kaspersky Total Security" : "App",
                        random.nextInt(100),
                        row,
                        i % 3 == 0 ? "AO Kaspersky Lab" : "Vendor"));
          }
          log.append("]}\n");
        }
      }
    }
    return log.toString();
  }

  private static InputStream failingAfter(byte[] bytes, int limit) {
    return new ByteArrayInputStream(bytes, 0, limit) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        int read = super.read(b, off, Math.min(len, 1000));
        if (read < 0) {
          throw new java.io.UncheckedIOException(new IOException("disk gone"));
        }
        return read;
      }
    };
  }
}
