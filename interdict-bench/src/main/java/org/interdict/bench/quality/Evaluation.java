package org.interdict.bench.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Screens every development-set query once at the lowest threshold, then counts outcomes at each
 * threshold from the scores kept per query (the expected id's score, the best other score). Also
 * records the misses for review.
 */
public final class Evaluation {
  /** What one query returned, reduced to the two scores the metrics need. */
  record Outcome(
      DevsetCase devsetCase, double expectedScore, double bestOtherScore, String bestOtherId) {}

  private final List<Outcome> outcomes;

  private Evaluation(List<Outcome> outcomes) {
    this.outcomes = List.copyOf(outcomes);
  }

  public static Evaluation run(List<DevsetCase> cases, Screener screener, double lowestThreshold) {
    List<Outcome> outcomes = new ArrayList<>(cases.size());
    for (DevsetCase devsetCase : cases) {
      double expected = -1;
      double other = -1;
      String otherId = "";
      for (Screener.Hit hit : screener.screen(devsetCase.query(), lowestThreshold)) {
        if (devsetCase.positive() && hit.partyId().equals(devsetCase.expectedId())) {
          expected = Math.max(expected, hit.score());
        } else if (hit.score() > other) {
          other = hit.score();
          otherId = hit.partyId();
        }
      }
      outcomes.add(new Outcome(devsetCase, expected, other, otherId));
    }
    return new Evaluation(outcomes);
  }

  public ThresholdMetrics at(double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    double t = threshold - 1e-9;
    for (Outcome outcome : outcomes) {
      if (outcome.devsetCase().positive()) {
        if (outcome.expectedScore() >= t) {
          tp++;
        } else {
          fn++;
          fp += outcome.bestOtherScore() >= t ? 1 : 0;
        }
      } else if (outcome.bestOtherScore() >= t) {
        fp++;
      } else {
        tn++;
      }
    }
    return new ThresholdMetrics(threshold, tp, fp, fn, tn);
  }

  /** Human-readable lines for the positives missed and the negatives hit at a threshold. */
  public List<String> errorsAt(double threshold) {
    List<String> lines = new ArrayList<>();
    double t = threshold - 1e-9;
    for (Outcome o : outcomes) {
      DevsetCase c = o.devsetCase();
      if (c.positive() && o.expectedScore() < t) {
        lines.add(
            String.format(
                java.util.Locale.ROOT,
                "MISS %s [%s] expected %s (%.3f), best other %s (%.3f)",
                c.query(),
                c.variant(),
                c.expectedId(),
                o.expectedScore(),
                o.bestOtherId(),
                o.bestOtherScore()));
      } else if (!c.positive() && o.bestOtherScore() >= t) {
        lines.add(
            String.format(
                java.util.Locale.ROOT,
                "FALSE-HIT %s [%s] -> %s (%.3f)",
                c.query(),
                c.variant(),
                o.bestOtherId(),
                o.bestOtherScore()));
      }
    }
    return lines;
  }

  public int size() {
    return outcomes.size();
  }
}
