package org.interdict.screening;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How token weights moved between two indexes over two versions of the lists. Weights depend on the
 * whole list (IDF over the name count), so a list change moves every score a little; delta
 * re-screening needs to know which tokens moved by more than a tolerance, and the list names that
 * carry them. Immutable.
 */
public final class IndexDrift {
  private final IndexData before;
  private final IndexData after;

  private IndexDrift(IndexData before, IndexData after) {
    this.before = before;
    this.after = after;
  }

  public static IndexDrift between(ScreeningIndex before, ScreeningIndex after) {
    return new IndexDrift(before.data(), after.data());
  }

  /**
   * A token's weight in one index: its indexed weight, or the length-only weight of a token the
   * index lacks.
   */
  private static double weight(IndexData data, String token) {
    Integer id = data.tokenIds.get(token);
    return id == null ? IndexData.weight(token.length(), 0, data.nameCount()) : data.weights[id];
  }

  /**
   * Tokens of either index whose weight ratio after/before lies outside {@code [1/(1+tolerance),
   * 1+tolerance]} (tokens in neither index keep their length-only weight, so never move).
   */
  public Set<String> tokensBeyond(double tolerance) {
    Set<String> moved = new HashSet<>();
    for (IndexData data : List.of(before, after)) {
      for (String token : data.tokens) {
        double ratio = weight(after, token) / weight(before, token);
        if (ratio > 1 + tolerance || ratio < 1 / (1 + tolerance)) {
          moved.add(token);
        }
      }
    }
    return moved;
  }

  /**
   * The largest {@code |ln(after/before)|} among the tokens within the tolerance (those {@link
   * #tokensBeyond} leaves out).
   */
  public double largestLogRatioWithin(double tolerance) {
    double largest = 0;
    for (IndexData data : List.of(before, after)) {
      for (String token : data.tokens) {
        double log = Math.abs(Math.log(weight(after, token) / weight(before, token)));
        if (log <= Math.log(1 + tolerance)) {
          largest = Math.max(largest, log);
        }
      }
    }
    return largest;
  }
}
