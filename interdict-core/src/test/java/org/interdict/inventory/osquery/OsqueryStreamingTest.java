package org.interdict.inventory.osquery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.interdict.inventory.GeneratedInput;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads two million generated rows under the test JVM's 1 GB heap: passes only if the readers
 * stream, since the documents are several hundred megabytes once expanded into objects. Also logs
 * the throughput.
 */
class OsqueryStreamingTest {
  private static final Logger LOG = LoggerFactory.getLogger(OsqueryStreamingTest.class);
  private static final int ROWS = 2_000_000;

  @Test
  void resultLogOfTwoMillionLinesStreams() {
    GeneratedInput input =
        new GeneratedInput(
            "",
            ROWS,
            i ->
                String.format(
                    Locale.ROOT,
                    "{\"name\":\"pack_inventory_programs\",\"hostIdentifier\":\"host-%d\",\"action\":\"added\","
                        + "\"columns\":{\"name\":\"Program %d\",\"version\":\"1.%d\",\"publisher\":\"Vendor %d\","
                        + "\"install_location\":\"C:\\\\Program Files\\\\P%d\"},\"numerics\":false}\n",
                    i % 5000,
                    i,
                    i % 97,
                    i % 1000,
                    i),
            "");
    assertThat(readAndCount(input, "generated.ndjson")).isEqualTo(ROWS);
  }

  @Test
  void jsonArrayOfTwoMillionRowsStreams() {
    GeneratedInput input =
        new GeneratedInput(
            "[\n",
            ROWS,
            i ->
                String.format(
                    Locale.ROOT,
                    "%s{\"name\":\"App %d\",\"path\":\"/Applications/App %d.app\",\"bundle_identifier\":\"com.example.app%d\","
                        + "\"bundle_short_version\":\"%d.0\"}\n",
                    i == 0 ? "" : ",",
                    i,
                    i,
                    i,
                    i % 30),
            "]\n");
    assertThat(readAndCount(input, "generated.json")).isEqualTo(ROWS);
  }

  private static long readAndCount(GeneratedInput input, String name) {
    long[] counts = new long[2];
    InventorySink counting =
        new InventorySink() {
          @Override
          public void record(SoftwareRecord record) {
            counts[0]++;
          }

          @Override
          public void error(InputError error) {
            counts[1]++;
          }
        };
    long started = System.nanoTime();
    new OsqueryReader().read(input, name, counting);
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info(
        "{}: {} records in {} s ({} records/s, generator included)",
        name,
        counts[0],
        String.format(Locale.ROOT, "%.2f", seconds),
        String.format(Locale.ROOT, "%.0f", counts[0] / seconds));
    assertThat(counts[1]).isZero();
    return counts[0];
  }
}
