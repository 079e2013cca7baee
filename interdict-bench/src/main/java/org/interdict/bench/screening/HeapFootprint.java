package org.interdict.bench.screening;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.interdict.screening.ScreeningIndex;

/**
 * Measures used heap after full GCs: with the parsed lists loaded, then with the screening index
 * built over them. Run with {@code -Xmx512m} to show the whole screening set-up fits the 512 MB
 * target.
 */
public final class HeapFootprint {
  private HeapFootprint() {}

  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long before = usedAfterGc();
    var lists = BenchData.lists();
    long withLists = usedAfterGc();
    long start = System.nanoTime();
    ScreeningIndex index = ScreeningIndex.build(lists.parties());
    long buildMillis = (System.nanoTime() - start) / 1_000_000;
    long withIndex = usedAfterGc();
    out.printf(
        Locale.ROOT,
        "parties %d, names %d, vocabulary %d, build %d ms%n",
        index.partyCount(),
        index.nameCount(),
        index.vocabularySize(),
        buildMillis);
    out.printf(
        Locale.ROOT,
        "used heap after GC: baseline %.1f MB, lists loaded %.1f MB, lists + index %.1f MB "
            + "(index alone %.1f MB); max heap %.0f MB%n",
        mb(before),
        mb(withLists),
        mb(withIndex),
        mb(withIndex - withLists),
        mb(Runtime.getRuntime().maxMemory()));
    if (index
        .screen(org.interdict.screening.ScreeningQuery.of("Kaspersky Lab"))
        .matches()
        .isEmpty()) {
      throw new IllegalStateException("index does not find the curated Kaspersky Lab entry");
    }
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
