package org.interdict.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;
import org.interdict.testing.Prerequisites;
import org.interdict.text.NamePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch's memory of repeated names: two generations within a budget, and a batch writes the
 * same bytes whether it remembers nothing, little (generations turning over all the time) or
 * everything, on one thread or several.
 */
class RepeatCacheTest {
  @TempDir Path temp;

  private static ScreeningResult result(String name) {
    return new ScreeningResult(
        ScreeningQuery.of(name), NamePipeline.standard().normalize(name), List.of());
  }

  @Test
  void remembersTheLastOneToTwoBudgets() {
    RepeatCache cache = new RepeatCache(2);
    ScreeningResult a = result("a");
    cache.put("a", a);
    cache.put("b", result("b")); // the newer generation is full: it becomes the older one
    assertThat(cache.get("a")).isSameAs(a);
    cache.put("c", result("c"));
    cache.put("d", result("d")); // a moved to the newer generation on its hit, so it survives
    assertThat(cache.get("a")).isSameAs(a);
    assertThat(cache.get("b")).isNull();
    assertThat(cache.get("d")).isNotNull();
  }

  @Test
  void budgetZeroRemembersNothingAndNegativeIsRejected() {
    RepeatCache off = new RepeatCache(0);
    off.put("a", result("a"));
    assertThat(off.get("a")).isNull();
    assertThatThrownBy(() -> new RepeatCache(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(RepeatCache.sized(0)).isNotNull();
  }

  @Test
  void batchOutputIsTheSameWithAnyMemoryAndAnyThreads() throws Exception {
    Path sdn =
        Prerequisites.sharedDir().resolve("data/lists/us_ofac_sdn/2024-05-03").toAbsolutePath();
    Prerequisites.require(Files.isDirectory(sdn), "shared SDN list not found at " + sdn);
    LoadedLists lists = ListLoader.bundled().plus(ListLoader.fromDirectory(sdn));
    ScreeningIndex index = ScreeningIndex.build(lists.parties());
    // list names (some with two letters swapped) and made-up names, each drawn several times
    Random random = new Random(11);
    List<String> distinct = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String name = lists.parties().get(random.nextInt(lists.parties().size())).primaryName();
      if (i % 2 == 0 && name.length() > 4) {
        int at = 1 + random.nextInt(name.length() - 3);
        name =
            name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
      }
      distinct.add(i % 5 == 0 ? "Person " + i + " Trading LLC" : name);
    }
    StringBuilder csv = new StringBuilder("id,name\n");
    Set<String> drawn = new LinkedHashSet<>();
    for (int i = 0; i < 4000; i++) {
      String name = distinct.get(random.nextInt(distinct.size()));
      drawn.add(name);
      csv.append(i).append(",\"").append(name.replace("\"", "\"\"")).append("\"\n");
    }
    Path input = temp.resolve("names.csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);
    ScreeningSetup setup = new ScreeningSetup(lists, index, Optional.empty());

    AtomicInteger screened = new AtomicInteger();
    Function<ScreeningQuery, ScreeningResult> counting =
        query -> {
          screened.incrementAndGet();
          return index.screen(query);
        };
    String remembersNothing = batch(setup, input, counting, new RepeatCache(0), 1);
    assertThat(screened.get()).isEqualTo(4000);
    screened.set(0);
    String remembersAll = batch(setup, input, counting, new RepeatCache(1_000_000), 1);
    assertThat(screened.get()).as("each distinct name screened once").isEqualTo(drawn.size());
    assertThat(remembersAll).isEqualTo(remembersNothing);
    assertThat(batch(setup, input, index::screen, new RepeatCache(7), 2))
        .isEqualTo(remembersNothing);
    assertThat(
            batch(
                setup,
                input,
                index::screen,
                RepeatCache.sized(Runtime.getRuntime().maxMemory()),
                3))
        .isEqualTo(remembersNothing);
    assertThat(remembersNothing).contains("us-ofac-sdn:");
  }

  private static String batch(
      ScreeningSetup setup,
      Path input,
      Function<ScreeningQuery, ScreeningResult> screen,
      RepeatCache cache,
      int threads)
      throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (CsvResultWriter writer = new CsvResultWriter(out)) {
      writer.begin(setup, ScreeningQuery.DEFAULT_MIN_SCORE, ScreeningQuery.DEFAULT_SCORER);
      new BatchScreener(ScreeningQuery::of, screen, new PrintWriter(err, true), cache)
          .run(input, "name", "id", writer, threads);
    }
    assertThat(err.toString()).isEmpty();
    return out.toString();
  }
}
