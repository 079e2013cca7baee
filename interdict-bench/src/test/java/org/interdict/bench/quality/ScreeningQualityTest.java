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
 * Guards screening quality in CI: the development set screened against the real shared lists must reach recall
 * >= 0.98 and precision >= 0.95 at the default minimum score. Skips, saying why, when the shared lists or the
 * development set are absent.
 */
class ScreeningQualityTest {
  static final double MIN_RECALL = 0.98;
  static final double MIN_PRECISION = 0.95;

  @Test
  void meetsTargetsAtTheDefaultThreshold() {
    Optional<Path> listsDir = BenchLists.locate(Optional.empty());
    Prerequisites.require(listsDir.isPresent(),
        "shared lists not found (interdict.shared.dir/data/lists or ../shared/data/lists) for the quality test");
    Prerequisites.require(Devset.bundledPresent(), "development set " + Devset.RESOURCE + " not present for the quality test");
    var lists = BenchLists.load(listsDir.get());
    Evaluation evaluation = Evaluation.run(Devset.bundled(), new EngineScreener(ScreeningIndex.build(lists.parties())),
        ScreeningQuery.DEFAULT_MIN_SCORE);
    ThresholdMetrics metrics = evaluation.at(ScreeningQuery.DEFAULT_MIN_SCORE);
    String summary = String.format(Locale.ROOT, "at %.2f: precision %.4f recall %.4f f1 %.4f (tp %d fp %d fn %d tn %d)",
        metrics.threshold(), metrics.precision(), metrics.recall(), metrics.f1(), metrics.truePositives(),
        metrics.falsePositives(), metrics.falseNegatives(), metrics.trueNegatives());
    String errors = String.join("\n", evaluation.errorsAt(ScreeningQuery.DEFAULT_MIN_SCORE));
    assertThat(metrics.recall()).as(summary + "\n" + errors).isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat(metrics.precision()).as(summary + "\n" + errors).isGreaterThanOrEqualTo(MIN_PRECISION);
  }
}
