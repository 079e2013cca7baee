package org.interdict.screening.delta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.screening.CandidateBound;
import org.interdict.text.NormalizedName;

/**
 * The list names whose appearance, disappearance or weight change can alter a stored party's result, each with the
 * index it lives in, indexed by token: added and changed entries (new index), removed and changed entries (old index),
 * and names carrying a token whose weight moved beyond the tolerance (both). Not thread-safe while being filled.
 */
final class ListSeeds {
  private record Seed(CandidateBound index, int name) {}

  private final Map<String, List<Seed>> byToken = new HashMap<>();
  private int names;

  void add(CandidateBound index, int[] nameHandles) {
    for (int name : nameHandles) {
      Seed seed = new Seed(index, name);
      names++;
      for (String token : index.tokensOf(name)) {
        byToken.computeIfAbsent(token, t -> new ArrayList<>(2)).add(seed);
      }
    }
  }

  Set<String> tokens() {
    return byToken.keySet();
  }

  int size() {
    return names;
  }

  /**
   * Whether a stored party (normalized) may score at or above {@code minScore} against one of the seeds its tokens
   * reached: votes are counted as retrieval counts them (each query token once per name, with its best similar token),
   * the index's vote floor and score bound prune, and the exact score in the seed's index decides. Safe to call from
   * several threads once filled.
   */
  boolean mayReachAny(StoredNames stored, StoredNames.Reach reach, NormalizedName party, double minScore) {
    List<String> tokens = party.tokens();
    if (tokens.isEmpty()) {
      return false;
    }
    Map<CandidateBound, double[]> weights = new HashMap<>(4);
    Map<Seed, Double> votes = new HashMap<>();
    boolean initials = tokens.stream().anyMatch(t -> t.length() == 1);
    for (int q = 0; q < tokens.size(); q++) {
      Map<Seed, Double> best = new HashMap<>();
      for (StoredNames.ListToken listToken : stored.reachedThrough(reach, tokens.get(q))) {
        for (Seed seed : byToken.getOrDefault(listToken.token(), List.of())) {
          best.merge(seed, listToken.similarity(), Math::max);
        }
      }
      for (Map.Entry<Seed, Double> entry : best.entrySet()) {
        double weight = weights(weights, entry.getKey().index, tokens)[q];
        votes.merge(entry.getKey(), weight * entry.getValue(), Double::sum);
      }
    }
    Map<CandidateBound, CandidateBound.Prepared> prepared = new HashMap<>(4);
    for (Map.Entry<Seed, Double> entry : votes.entrySet()) {
      Seed seed = entry.getKey();
      double[] queryWeights = weights(weights, seed.index, tokens);
      double total = queryWeights[tokens.size()];
      double initialVotes = initials ? queryWeights[tokens.size() + 1] : 0;
      if (seed.index.mayRetrieve(entry.getValue() + initialVotes, total, initials, seed.name, minScore)
          && prepared.computeIfAbsent(seed.index, index -> index.prepare(party)).score(seed.name)
              >= minScore - 1e-6) {
        return true;
      }
    }
    return false;
  }

  /** Per query token its weight in one index, then the total, then the largest votes its initials can add. */
  private static double[] weights(Map<CandidateBound, double[]> cache, CandidateBound index, List<String> tokens) {
    return cache.computeIfAbsent(index, i -> {
      double[] weights = new double[tokens.size() + 2];
      for (int q = 0; q < tokens.size(); q++) {
        weights[q] = i.tokenWeight(tokens.get(q));
        weights[tokens.size()] += weights[q];
        if (tokens.get(q).length() == 1) {
          weights[tokens.size() + 1] += weights[q] * 0.85;
        }
      }
      return weights;
    });
  }
}
