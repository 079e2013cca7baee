package org.interdict.bench.quality;

/**
 * Counts and rates at one threshold. Per query: a positive is a true positive when its expected id
 * is among the hits at or above the threshold; a positive returning only other ids counts as a
 * false positive and a false negative; a positive returning nothing is a false negative; a negative
 * returning anything is a false positive.
 */
public record ThresholdMetrics(
    double threshold,
    int truePositives,
    int falsePositives,
    int falseNegatives,
    int trueNegatives) {
  public double precision() {
    int returned = truePositives + falsePositives;
    return returned == 0 ? 1.0 : (double) truePositives / returned;
  }

  public double recall() {
    int wanted = truePositives + falseNegatives;
    return wanted == 0 ? 1.0 : (double) truePositives / wanted;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
