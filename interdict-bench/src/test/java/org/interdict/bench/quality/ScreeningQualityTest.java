package org.interdict.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.interdict.bench.BenchLists;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.testing.Prerequisites;
import org.junit.jupiter.api.Test;

/**
 * Guards screening quality in CI: the development set screened against the real shared lists must
 * reach recall >= 0.98 and precision >= 0.95 at the default minimum score. Skips, saying why, when
 * the shared lists or the development set are absent.
 */
class ScreeningQualityTest {
  static final double MIN_RECALL = 0.98;
  static final double MIN_PRECISION = 0.95;
  static final double HELD_OUT_RECALL = 0.98;

  /**
   * Issue 11's target: the engine reaches 0.9756 on the held-out part with entity-v1's name rules
   * (0.981 on the tuning part, where they were tuned; docs/benchmarks.md, "Names-only false alarms
   * (issue 11 point 4, stop 10)").
   */
  static final double HELD_OUT_PRECISION = 0.97;

  @Test
  void meetsTargetsAtTheDefaultThreshold() {
    Optional<Path> listsDir = BenchLists.locate(Optional.empty());
    Prerequisites.require(
        listsDir.isPresent(),
        "shared lists not found (interdict.shared.dir/data/lists or ../shared/data/lists) for the quality test");
    Prerequisites.require(
        Devset.bundledPresent(),
        "development set " + Devset.RESOURCE + " not present for the quality test");
    var lists = BenchLists.load(listsDir.get());
    Evaluation evaluation =
        Evaluation.run(
            Devset.bundled(),
            new EngineScreener(ScreeningIndex.build(lists.parties())),
            ScreeningQuery.DEFAULT_MIN_SCORE);
    ThresholdMetrics metrics = evaluation.at(ScreeningQuery.DEFAULT_MIN_SCORE);
    String summary =
        String.format(
            Locale.ROOT,
            "at %.2f: precision %.4f recall %.4f f1 %.4f (tp %d fp %d fn %d tn %d)",
            metrics.threshold(),
            metrics.precision(),
            metrics.recall(),
            metrics.f1(),
            metrics.truePositives(),
            metrics.falsePositives(),
            metrics.falseNegatives(),
            metrics.trueNegatives());
    String errors = String.join("\n", evaluation.errorsAt(ScreeningQuery.DEFAULT_MIN_SCORE));
    assertThat(metrics.recall()).as(summary + "\n" + errors).isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat(metrics.precision())
        .as(summary + "\n" + errors)
        .isGreaterThanOrEqualTo(MIN_PRECISION);
  }

  /**
   * The honest gate of issue 11: thresholds are chosen on {@link DevsetSplit}'s tuning part only;
   * this asserts recall >= 0.98 at precision >= {@value #HELD_OUT_PRECISION} on the held-out part
   * at the default, and that entity-v1 finds listed persons by name and birth date (also day/month
   * swapped, one year off) and clears namesakes born 30 years later.
   */
  @Test
  void heldOutPartAndEntityCasesMeetTheIssueTargets() {
    Optional<Path> listsDir = BenchLists.locate(Optional.empty());
    Prerequisites.require(
        listsDir.isPresent(),
        "shared lists not found (interdict.shared.dir/data/lists or ../shared/data/lists) for the quality test");
    Prerequisites.require(
        Devset.bundledPresent(),
        "development set " + Devset.RESOURCE + " not present for the quality test");
    var lists = BenchLists.load(listsDir.get());
    ScreeningIndex index = ScreeningIndex.build(lists.parties());
    DevsetSplit.Parts parts = DevsetSplit.of(Devset.bundled());
    assertThat(parts.heldOut().size())
        .isBetween(Devset.bundled().size() / 5, Devset.bundled().size() / 2);
    Evaluation heldOut =
        Evaluation.run(
            parts.heldOut(), new EngineScreener(index), ScreeningQuery.DEFAULT_MIN_SCORE);
    ThresholdMetrics metrics = heldOut.at(ScreeningQuery.DEFAULT_MIN_SCORE);
    String summary =
        String.format(
                Locale.ROOT,
                "held-out at %.2f: precision %.4f recall %.4f (tp %d fp %d fn %d)",
                metrics.threshold(),
                metrics.precision(),
                metrics.recall(),
                metrics.truePositives(),
                metrics.falsePositives(),
                metrics.falseNegatives())
            + "\n"
            + String.join("\n", heldOut.errorsAt(ScreeningQuery.DEFAULT_MIN_SCORE));
    assertThat(metrics.recall()).as(summary).isGreaterThanOrEqualTo(HELD_OUT_RECALL);
    assertThat(metrics.precision()).as(summary).isGreaterThanOrEqualTo(HELD_OUT_PRECISION);

    var outcomes = EntityCases.run(index, EntityCases.generate(lists.parties(), 500));
    assertThat(outcomes)
        .extracting(EntityCases.Outcome::kind)
        .containsExactlyInAnyOrder(
            "same-date", "day-month-swap", "one-year-off", "namesake-30-years");
    for (EntityCases.Outcome outcome : outcomes) {
      if (outcome.kind().startsWith("namesake")) {
        assertThat(outcome.share()).as(outcome.toString()).isLessThanOrEqualTo(0.02);
      } else {
        assertThat(outcome.share()).as(outcome.toString()).isGreaterThanOrEqualTo(HELD_OUT_RECALL);
      }
    }
  }
}
