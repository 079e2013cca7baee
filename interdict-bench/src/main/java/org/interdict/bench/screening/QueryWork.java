package org.interdict.bench.screening;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningTrace;

/**
 * The work retrieval leaves to scoring on the seeded query mix of {@link QueryLatencyBenchmark}:
 * names scored per query (a count, so the same on a busy machine) and the wall and CPU time of a
 * few passes; with a file argument it also writes every query's matches (party id and score), so
 * two trees can be diffed for identical answers; a second argument names the scorer (by default the
 * default scorer). Run: {@code java -cp interdict-bench.jar org.interdict.bench.screening.QueryWork
 * [MATCHES.txt [SCORER]]} with {@code -Dinterdict.lists.dir}.
 */
public final class QueryWork {
  private QueryWork() {}

  public static void main(String[] args) throws IOException {
    var lists = BenchData.lists();
    ScreeningIndex index =
        ScreeningIndex.build(
            lists.parties(),
            org.interdict.text.NamePipeline.standard(),
            ScreeningIndex.DEFAULT_TOKEN_CACHE);
    List<String> queries = BenchData.queries(lists.parties(), 20_000);
    String scorer = args.length > 1 ? args[1] : ScreeningQuery.DEFAULT_SCORER;
    long scored = 0;
    long capped = 0;
    long matches = 0;
    PrintWriter out =
        args.length > 0
            ? new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))
            : null;
    for (String query : queries) {
      ScreeningTrace trace = index.trace(ScreeningQuery.of(query).withScorer(scorer));
      scored += trace.scoredNames();
      capped += trace.capped() ? 1 : 0;
      matches += trace.result().matches().size();
      if (out != null) {
        StringBuilder line = new StringBuilder(query);
        for (Match match : trace.result().matches()) {
          line.append('\t')
              .append(match.party().id())
              .append(' ')
              .append(String.format(Locale.ROOT, "%.4f", match.score()));
        }
        out.println(line);
      }
    }
    if (out != null) {
      out.close();
    }
    System.out.printf(
        Locale.ROOT,
        "%s, %d queries: %.2f names scored per query, %d capped, %d matches%n",
        scorer,
        queries.size(),
        scored / (double) queries.size(),
        capped,
        matches);
    // the thread's CPU time as well as the wall time: on a machine shared with other work the CPU
    // time leaves out the time the thread waited for a core
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < 4; pass++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      for (String query : queries) {
        index.screen(ScreeningQuery.of(query).withScorer(scorer));
      }
      double micros = (System.nanoTime() - start) / 1000.0 / queries.size();
      double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / queries.size();
      System.out.printf(
          Locale.ROOT,
          "pass %d: %.1f us per query (mean), %.1f us of CPU%n",
          pass,
          micros,
          cpuMicros);
    }
  }
}
