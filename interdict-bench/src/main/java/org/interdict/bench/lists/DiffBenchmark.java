package org.interdict.bench.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.interdict.bench.BenchLists;
import org.interdict.lists.ListLoader;
import org.interdict.lists.diff.ListDiff;
import org.interdict.lists.diff.ListDiffer;
import org.interdict.model.Party;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Diff of two full snapshots: the real SDN pair (2024-04-26: 14,668 entries, 2024-05-03: 14,965),
 * on parsed parties and including the parsing of both files; and the 2023-11-30 CSL against a copy
 * of itself with every 10th party renamed and every 50th removed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiffBenchmark {
  private Path sdnApril;
  private Path sdnMay;
  private List<Party> april;
  private List<Party> may;
  private List<Party> csl;
  private List<Party> cslModified;

  @Setup(Level.Trial)
  public void setUp() {
    Path lists =
        BenchLists.locate(Optional.ofNullable(System.getProperty("interdict.lists.dir")))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "shared list data not found; set -Dinterdict.lists.dir"));
    sdnApril = lists.resolve("us_ofac_sdn/2024-04-26");
    sdnMay = lists.resolve("us_ofac_sdn/2024-05-03");
    april = ListLoader.fromDirectory(sdnApril).parties();
    may = ListLoader.fromDirectory(sdnMay).parties();
    csl = ListLoader.fromDirectory(lists.resolve("us_csl/2023-11-30")).parties();
    cslModified = modified(csl);
  }

  static List<Party> modified(List<Party> parties) {
    List<Party> copy = new ArrayList<>(parties.size());
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      if (i % 50 == 49) {
        continue;
      }
      if (i % 10 == 0) {
        party =
            new Party(
                party.id(),
                party.type(),
                party.primaryName() + " RENAMED",
                party.aliases(),
                party.addresses(),
                party.countries(),
                party.programs(),
                party.dates(),
                party.identifiers(),
                party.remarks(),
                party.source());
      }
      copy.add(party);
    }
    return copy;
  }

  @Benchmark
  public ListDiff sdnPairParsed() {
    return ListDiffer.diff(april, may);
  }

  @Benchmark
  public ListDiff sdnPairFromFiles() {
    return ListDiffer.diff(
        ListLoader.fromDirectory(sdnApril).parties(), ListLoader.fromDirectory(sdnMay).parties());
  }

  @Benchmark
  public ListDiff cslModifiedParsed() {
    return ListDiffer.diff(csl, cslModified);
  }
}
