package org.interdict.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * Folding by sorted external merge: the same findings, counts and order whether or not runs spill
 * to disk.
 */
class FindingFolderTest {
  private static FoldEntry entry(String host, String product, String name, String file, long line) {
    SoftwareRecord record =
        SoftwareRecord.builder(RecordKind.WINDOWS_PROGRAM, SourceLocation.ofLine(file, line))
            .host(host)
            .name(name)
            .version("1.0")
            .publisher("Ünïcödé Ltd")
            .path("C:\\Program Files\\App")
            .build();
    return new FoldEntry(record, product, "installed", 1);
  }

  private static List<FoldEntry> drain(FindingFolder folder) {
    List<FoldEntry> out = new ArrayList<>();
    folder.drain(out::add);
    return out;
  }

  @Test
  void repeatsOfAProductOnAHostFoldIntoTheFirstRecordWithTheirCount() {
    try (FindingFolder folder = new FindingFolder(2)) {
      folder.add(entry("WS-2", "kes", "Kaspersky Endpoint Security", "log.json", 9));
      folder.add(entry("WS-1", "kes", "Kaspersky Endpoint Security", "log.json", 7));
      folder.add(entry("WS-2", "kes", "Kaspersky Endpoint Security", "log.json", 3));
      folder.add(entry("WS-1", "kav", "Антивирус Касперского", "log.json", 8));
      folder.add(entry("WS-2", "kes", "Kaspersky Endpoint Security", "log.json", 5));
      folder.add(entry("WS-2", "kes", "Kaspersky Endpoint Security", "other.json", 1));

      List<FoldEntry> folded = drain(folder);

      assertThat(folder.spilledRuns()).isEqualTo(3);
      assertThat(folded)
          .extracting(
              e ->
                  e.record().host()
                      + " "
                      + e.productId()
                      + " "
                      + e.record().location()
                      + " x"
                      + e.occurrences())
          .containsExactly(
              "WS-1 kav log.json:8 x1",
              "WS-1 kes log.json:7 x1",
              "WS-2 kes log.json:3 x3",
              "WS-2 kes other.json:1 x1");
      assertThat(folded.get(1).record().publisher()).isEqualTo("Ünïcödé Ltd");
    }
  }

  @Test
  void spillingGivesExactlyWhatFoldingInMemoryGives() {
    Random random = new Random(16);
    List<FoldEntry> entries = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      entries.add(
          entry(
              "WS-" + random.nextInt(300),
              random.nextBoolean() ? "kes" : "kav",
              "Kaspersky " + random.nextInt(3),
              "fleet.json",
              1 + random.nextInt(100_000)));
    }
    List<FoldEntry> inMemory;
    List<FoldEntry> spilled;
    try (FindingFolder folder = new FindingFolder(Integer.MAX_VALUE)) {
      entries.forEach(folder::add);
      inMemory = drain(folder);
      assertThat(folder.spilledRuns()).isZero();
    }
    try (FindingFolder folder = new FindingFolder(64)) {
      entries.forEach(folder::add);
      spilled = drain(folder);
      assertThat(folder.spilledRuns()).isGreaterThan(50);
    }

    assertThat(spilled).isEqualTo(inMemory);
    assertThat(inMemory.stream().mapToLong(FoldEntry::occurrences).sum()).isEqualTo(5_000);
    assertThat(inMemory).isSortedAccordingTo(FoldEntry.ORDER);
    for (int i = 1; i < inMemory.size(); i++) {
      assertThat(FoldEntry.FOLD.compare(inMemory.get(i - 1), inMemory.get(i))).isNegative();
    }
  }
}
