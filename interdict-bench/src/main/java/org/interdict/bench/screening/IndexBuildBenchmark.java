package org.interdict.bench.screening;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.interdict.model.Party;
import org.interdict.screening.ScreeningIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Time to build the screening index over every party of the real lists (list parsing excluded). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBuildBenchmark {
  private List<Party> parties;

  @Setup(Level.Trial)
  public void setUp() {
    parties = BenchData.lists().parties();
  }

  @Benchmark
  public ScreeningIndex build() {
    return ScreeningIndex.build(parties);
  }
}
