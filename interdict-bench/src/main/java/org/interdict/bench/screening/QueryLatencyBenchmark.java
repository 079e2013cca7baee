package org.interdict.bench.screening;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-name query latency on one thread (SampleTime gives p50/p99), for the engine and, in the
 * same run, for the brute-force Jaro-Winkler baseline that scores the query against every name.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class QueryLatencyBenchmark {
  /** Size of the index's similar-token cache: the default, and 0 for every query computed cold. */
  @Param({"100000", "0"})
  public int tokenCache;

  /** The scorer of the engine's queries: the default; {@code -p scorer=entity-v2} for the other. */
  @Param({"entity-v1"})
  public String scorer;

  private ScreeningIndex index;
  private BruteForceJaroWinkler baseline;
  private List<String> queries;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    var lists = BenchData.lists();
    index =
        ScreeningIndex.build(
            lists.parties(), org.interdict.text.NamePipeline.standard(), tokenCache);
    baseline = new BruteForceJaroWinkler(lists.parties());
    queries = BenchData.queries(lists.parties(), 20_000);
  }

  private String nextQuery() {
    next = next + 1 == queries.size() ? 0 : next + 1;
    return queries.get(next);
  }

  @Benchmark
  public ScreeningResult engine() {
    return index.screen(ScreeningQuery.of(nextQuery()).withScorer(scorer));
  }

  @Benchmark
  public void bruteForceJaroWinkler(Blackhole blackhole) {
    blackhole.consume(baseline.screen(nextQuery(), ScreeningQuery.DEFAULT_MIN_SCORE));
  }
}
