package org.interdict.bench.quality;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interdict.bench.BenchLists;
import org.interdict.bench.screening.BruteForceJaroWinkler;
import org.interdict.lists.LoadedLists;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;

/**
 * Prints precision, recall and F1 of the engine at thresholds 0.50..1.00 on the development set,
 * marking the default. Arguments: {@code [--lists-dir DIR] [--devset FILE] [--baseline] [--errors]
 * [--entity YENTE_DIR [--alarms FILE]] [--split]}; {@code --baseline} also evaluates the
 * brute-force Jaro-Winkler baseline, {@code --errors} lists misses and false hits at the default,
 * {@code --entity} runs yente's fixtures with and without birth dates instead ({@link
 * EntityEvaluate}), with {@code --alarms negatives_global.csv} only the names-only false alarms of
 * that one file, {@code --split} the tuning and held-out parts and the entity cases ({@link
 * DevsetSplit}, {@link EntityCases}).
 */
public final class Evaluate {
  private Evaluate() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Optional<String> listsArg = option(args, "--lists-dir");
    Optional<String> devsetArg = option(args, "--devset");
    String scorer = option(args, "--scorer").orElse(ScreeningQuery.DEFAULT_SCORER);
    ScreeningQuery.requireScorer(scorer);
    Path listsDir =
        BenchLists.locate(listsArg)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no lists directory: pass --lists-dir or run from the repository root"));
    LoadedLists lists = BenchLists.load(listsDir);
    List<DevsetCase> cases = devsetArg.map(f -> Devset.read(Path.of(f))).orElseGet(Devset::bundled);
    long start = System.nanoTime();
    ScreeningIndex index = ScreeningIndex.build(lists.parties());
    long buildMillis = (System.nanoTime() - start) / 1_000_000;
    out.printf(Locale.ROOT, "lists: %s%n", lists.lists().stream().map(l -> l.describe()).toList());
    out.printf(
        Locale.ROOT,
        "parties %d, indexed names %d, build %d ms; devset %d queries (%d positive)%n",
        index.partyCount(),
        index.nameCount(),
        buildMillis,
        cases.size(),
        cases.stream().filter(DevsetCase::positive).count());
    Optional<String> entityArg = option(args, "--entity");
    Optional<String> alarmsArg = option(args, "--alarms");
    if (entityArg.isPresent() && alarmsArg.isPresent()) {
      EntityEvaluate.alarms(out, index, Path.of(entityArg.get()).resolve(alarmsArg.get()), scorer);
      return;
    }
    if (entityArg.isPresent()) {
      EntityEvaluate.run(out, index, Path.of(entityArg.get()), scorer);
      return;
    }
    if (List.of(args).contains("--split")) {
      split(out, index, lists, cases, List.of(args).contains("--errors"), scorer);
      return;
    }
    start = System.nanoTime();
    Evaluation engine = Evaluation.run(cases, new EngineScreener(index, scorer), 0.5);
    out.printf(Locale.ROOT, "engine (%s): %.1f s%n", scorer, (System.nanoTime() - start) / 1e9);
    print(out, engine);
    if (List.of(args).contains("--errors")) {
      engine.errorsAt(ScreeningQuery.DEFAULT_MIN_SCORE).forEach(out::println);
    }
    if (List.of(args).contains("--baseline")) {
      start = System.nanoTime();
      Evaluation baseline = Evaluation.run(cases, new BruteForceJaroWinkler(lists.parties()), 0.5);
      out.printf(
          Locale.ROOT,
          "%nbaseline brute-force Jaro-Winkler: %.1f s%n",
          (System.nanoTime() - start) / 1e9);
      print(out, baseline);
    }
  }

  /**
   * The honest gate's figures: the table on the tuning part (where thresholds are chosen), the
   * held-out part at the default, and the generated entity-level cases.
   */
  static void split(
      PrintStream out,
      ScreeningIndex index,
      LoadedLists lists,
      List<DevsetCase> cases,
      boolean tuningErrors,
      String scorer) {
    DevsetSplit.Parts parts = DevsetSplit.of(cases);
    out.printf(
        Locale.ROOT,
        "split (seed %s, %d%% held out): tuning %d cases, held-out %d cases%n",
        DevsetSplit.SEED,
        DevsetSplit.HELD_OUT_PERCENT,
        parts.tuning().size(),
        parts.heldOut().size());
    out.println("tuning part:");
    Evaluation tuning = Evaluation.run(parts.tuning(), new EngineScreener(index, scorer), 0.5);
    print(out, tuning);
    if (tuningErrors) {
      // with --split, --errors lists the tuning part's errors only: rules are chosen on those
      tuning.errorsAt(ScreeningQuery.DEFAULT_MIN_SCORE).forEach(out::println);
    }
    ThresholdMetrics heldOut =
        Evaluation.run(parts.heldOut(), new EngineScreener(index, scorer), 0.5)
            .at(ScreeningQuery.DEFAULT_MIN_SCORE);
    out.printf(
        Locale.ROOT,
        "held-out part at %.2f: precision %.4f recall %.4f f1 %.4f (tp %d fp %d fn %d tn %d)%n",
        heldOut.threshold(),
        heldOut.precision(),
        heldOut.recall(),
        heldOut.f1(),
        heldOut.truePositives(),
        heldOut.falsePositives(),
        heldOut.falseNegatives(),
        heldOut.trueNegatives());
    out.printf(
        Locale.ROOT,
        "entity cases (seed %d, %s at %.2f):%n",
        EntityCases.SEED,
        scorer,
        ScreeningQuery.DEFAULT_MIN_SCORE);
    EntityCases.run(index, EntityCases.generate(lists.parties(), 500), scorer)
        .forEach(outcome -> out.println("  " + outcome));
  }

  static void print(PrintStream out, Evaluation evaluation) {
    out.println("threshold  precision  recall  f1      tp    fp    fn    tn");
    ThresholdMetrics bestF1 = null;
    for (int step = 50; step <= 100; step++) {
      ThresholdMetrics m = evaluation.at(step / 100.0);
      if (bestF1 == null || m.f1() > bestF1.f1()) {
        bestF1 = m;
      }
      boolean isDefault = Math.abs(step / 100.0 - ScreeningQuery.DEFAULT_MIN_SCORE) < 1e-9;
      out.printf(
          Locale.ROOT,
          "%.2f%s     %.4f     %.4f  %.4f  %5d %5d %5d %5d%n",
          m.threshold(),
          isDefault ? "*" : " ",
          m.precision(),
          m.recall(),
          m.f1(),
          m.truePositives(),
          m.falsePositives(),
          m.falseNegatives(),
          m.trueNegatives());
    }
    out.printf(
        Locale.ROOT,
        "(* = default minimum score; best F1 %.4f at %.2f)%n",
        bestF1.f1(),
        bestF1.threshold());
  }

  private static Optional<String> option(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Optional.of(args[i + 1]);
      }
    }
    return Optional.empty();
  }
}
