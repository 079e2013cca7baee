package org.interdict.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counting rules of {@link Evaluation}, on a hand-made screener. */
class EvaluationTest {
  @Test
  void countsPerQuery() {
    List<DevsetCase> cases =
        Devset.read(
            new StringReader(
                """
        query,expected_id,category,variant
        found,a,positive,exact
        wrong,b,positive,typo
        nothing,c,positive,typo
        clean,,negative,common
        hit,,negative,common
        """));
    Map<String, List<Screener.Hit>> answers =
        Map.of(
            "found", List.of(new Screener.Hit("a", 0.9), new Screener.Hit("x", 0.95)),
            "wrong", List.of(new Screener.Hit("y", 0.85)),
            "nothing", List.of(),
            "clean", List.of(new Screener.Hit("z", 0.6)),
            "hit", List.of(new Screener.Hit("z", 0.82)));
    Evaluation evaluation = Evaluation.run(cases, (query, min) -> answers.get(query), 0.5);
    ThresholdMetrics at80 = evaluation.at(0.80);
    assertThat(at80.truePositives()).isEqualTo(1);
    assertThat(at80.falseNegatives()).isEqualTo(2);
    assertThat(at80.falsePositives()).isEqualTo(2);
    assertThat(at80.trueNegatives()).isEqualTo(1);
    assertThat(at80.precision()).isEqualTo(1.0 / 3);
    assertThat(evaluation.at(0.5).falsePositives()).isEqualTo(3);
    assertThat(evaluation.at(0.95).truePositives()).isZero();
  }
}
