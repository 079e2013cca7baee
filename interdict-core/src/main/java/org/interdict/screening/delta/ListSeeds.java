package org.interdict.screening.delta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.interdict.screening.CandidateBound;
import org.interdict.screening.RetrievalGate;

/**
 * The list names whose appearance, disappearance or weight change can alter a stored party's
 * result, each with the index it lives in, indexed by token: added and changed entries (new index),
 * removed and changed entries (old index), and names carrying a token whose weight moved beyond the
 * tolerance (both). Filled by one thread with {@link #add}, then read by many through {@link
 * #mayReachAny}.
 */
final class ListSeeds {
  // whether the votes bound the score (not under entity-v2, whose person rules raise it)
  private final boolean scoreBounded;
  private final List<CandidateBound> indexes = new ArrayList<>();
  private final List<int[]> seedIndexAndName = new ArrayList<>();

  /**
   * Seeds one party may retrieve from which it is re-screened whatever their scores: with fewer
   * than 96 candidates in the baseline (else it is watched as crowded) and fewer than 16 per group
   * (two groups), it stays under the cap of 128, so every candidate is still scored and only seeds
   * scoring in the band matter.
   */
  static final int NEW_CANDIDATE_MARGIN = 16;

  /**
   * The seed groups a party is checked against, each up to the margin: names without and with
   * initials.
   */
  static final int SEED_GROUPS = 2;

  static {
    if (BaselineEntry.CROWDED <= 0
        || BaselineEntry.CROWDED + SEED_GROUPS * NEW_CANDIDATE_MARGIN
            > RetrievalGate.MAX_CANDIDATES) {
      throw new IllegalStateException(
          "delta re-screening needs CROWDED + "
              + SEED_GROUPS
              + " x NEW_CANDIDATE_MARGIN <= "
              + RetrievalGate.MAX_CANDIDATES
              + ", was "
              + BaselineEntry.CROWDED
              + " + "
              + SEED_GROUPS
              + " x "
              + NEW_CANDIDATE_MARGIN);
    }
  }

  private final Map<String, List<Integer>> byToken = new HashMap<>();

  /** Parallel to byToken's lists: the weight of that token in that seed's name. */
  private final Map<String, List<Double>> weightByToken = new HashMap<>();

  private final Map<List<String>, Boolean> decided = new ConcurrentHashMap<>();
  private final ThreadLocal<Votes> votes =
      ThreadLocal.withInitial(() -> new Votes(seedIndexAndName.size()));

  /** {@code scoreBounded}: the votes bound the score (every scorer but entity-v2). */
  ListSeeds(boolean scoreBounded) {
    this.scoreBounded = scoreBounded;
  }

  /** Per-thread vote accumulators over seed ids, reset after each party. */
  private static final class Votes {
    final double[] votes;
    final double[] reachedListWeight;
    final double[] best;
    final int[] lastQuery;
    int[] touched = new int[64];
    int count;

    Votes(int seeds) {
      votes = new double[seeds];
      reachedListWeight = new double[seeds];
      best = new double[seeds];
      lastQuery = new int[seeds];
      Arrays.fill(lastQuery, -1);
    }

    void touch(int seed) {
      if (count == touched.length) {
        touched = Arrays.copyOf(touched, count * 2);
      }
      touched[count++] = seed;
    }

    void reset() {
      for (int i = 0; i < count; i++) {
        votes[touched[i]] = 0;
        reachedListWeight[touched[i]] = 0;
        best[touched[i]] = 0;
        lastQuery[touched[i]] = -1;
      }
      count = 0;
    }
  }

  void add(CandidateBound index, int[] nameHandles) {
    int at = indexes.indexOf(index);
    if (at < 0) {
      indexes.add(index);
      at = indexes.size() - 1;
    }
    for (int name : nameHandles) {
      int seed = seedIndexAndName.size();
      seedIndexAndName.add(new int[] {at, name});
      List<String> tokens = index.tokensOf(name);
      double[] tokenWeights = index.tokenWeightsOf(name);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (seen.add(tokens.get(i))) {
          byToken.computeIfAbsent(tokens.get(i), t -> new ArrayList<>(2)).add(seed);
          weightByToken
              .computeIfAbsent(tokens.get(i), t -> new ArrayList<>(2))
              .add(tokenWeights[i]);
        }
      }
    }
  }

  Set<String> tokens() {
    return byToken.keySet();
  }

  int size() {
    return seedIndexAndName.size();
  }

  /**
   * Whether a stored party (normalized) may score at or above {@code minScore} against one of the
   * seeds its tokens reached: votes are counted as retrieval counts them (each query token once per
   * name, with its best similar token), the index's vote floor and score bound prune, and the exact
   * score in the seed's index decides. Parties with the same tokens share the decision.
   */
  boolean mayReachAny(StoredNames stored, StoredNames.Reach reach, int party, double minScore) {
    List<String> tokens = stored.tokens(party);
    if (tokens.isEmpty()) {
      return false;
    }
    Boolean known = decided.get(tokens);
    if (known != null) {
      return known;
    }
    boolean result =
        decide(stored, reach, tokens, () -> stored.parties().get(party).name(), minScore);
    decided.put(tokens, result);
    return result;
  }

  private boolean decide(
      StoredNames stored,
      StoredNames.Reach reach,
      List<String> tokens,
      java.util.function.Supplier<String> name,
      double minScore) {
    double[][] weights = new double[indexes.size()][];
    for (int i = 0; i < indexes.size(); i++) {
      weights[i] = weights(indexes.get(i), tokens);
    }
    boolean initials = tokens.stream().anyMatch(t -> t.length() == 1);
    Votes space = votes.get();
    try {
      for (int q = 0; q < tokens.size(); q++) {
        List<StoredNames.ListToken> reached = stored.reachedThrough(reach, tokens.get(q));
        int first = space.count;
        for (StoredNames.ListToken listToken : reached) {
          List<Integer> seeds = byToken.getOrDefault(listToken.token(), List.of());
          List<Double> listWeights = weightByToken.getOrDefault(listToken.token(), List.of());
          for (int k = 0; k < seeds.size(); k++) {
            int seed = seeds.get(k);
            // a list token reached by two query tokens counts twice: larger, so still a bound
            space.reachedListWeight[seed] += listWeights.get(k);
            if (space.lastQuery[seed] == -1) {
              space.touch(seed);
            }
            if (space.lastQuery[seed] != q) {
              space.lastQuery[seed] = q;
              space.best[seed] = 0;
            }
            space.best[seed] = Math.max(space.best[seed], listToken.similarity());
          }
        }
        for (int i = 0; i < space.count; i++) {
          int seed = space.touched[i];
          if (space.lastQuery[seed] == q && space.best[seed] > 0) {
            space.votes[seed] += weights[seedIndexAndName.get(seed)[0]][q] * space.best[seed];
            space.best[seed] = 0;
          }
        }
        assert first <= space.count;
      }
      CandidateBound.Prepared[] prepared = new CandidateBound.Prepared[indexes.size()];
      int retrievableSeeds = 0;
      for (int i = 0; i < space.count; i++) {
        int seed = space.touched[i];
        int[] where = seedIndexAndName.get(seed);
        double[] queryWeights = weights[where[0]];
        double total = queryWeights[tokens.size()];
        double initialVotes = initials ? queryWeights[tokens.size() + 1] : 0;
        CandidateBound index = indexes.get(where[0]);
        double[] extra = index.initialPairs(tokens, queryWeights, where[1]);
        boolean retrievable =
            index.mayRetrieve(
                space.votes[seed] + initialVotes, total, initials, where[1], minScore);
        if (retrievable && ++retrievableSeeds >= NEW_CANDIDATE_MARGIN) {
          // this many new candidates could push an uncrowded party over the retrieval cap
          return true;
        }
        if (retrievable
            && index.scoreBound(
                        space.votes[seed] + extra[0],
                        total,
                        space.reachedListWeight[seed] + extra[1],
                        where[1])
                    + 1e-4
                >= minScore) {
          if (prepared[where[0]] == null) {
            prepared[where[0]] = index.prepare(index.normalize(name.get()));
          }
          if (prepared[where[0]].score(where[1]) >= minScore - 1e-6) {
            return true;
          }
        }
      }
      return false;
    } finally {
      space.reset();
    }
  }

  /**
   * Arrays over the stored vocabulary for {@link #mayPass}: best similarity to this group's tokens,
   * weights per index.
   */
  record Prefilter(double[] best, double[][] weights) {}

  Prefilter prefilter(StoredNames stored, StoredNames.Reach reach) {
    double[] best = new double[stored.vocabularySize()];
    double[][] weights = new double[indexes.size()][stored.vocabularySize()];
    for (int t = 0; t < best.length; t++) {
      String token = stored.tokenText(t);
      double sim = token.length() == 1 ? 1.0 : 0.0;
      for (StoredNames.ListToken listToken :
          reach.listTokensByStoredToken().getOrDefault(t, List.of())) {
        if (byToken.containsKey(listToken.token())) {
          sim = Math.max(sim, listToken.similarity());
        }
      }
      best[t] = sim;
      for (int i = 0; i < indexes.size(); i++) {
        weights[i][t] = indexes.get(i).tokenWeight(token);
      }
    }
    return new Prefilter(best, weights);
  }

  /**
   * A bound over every seed of this group at once, for groups that cannot pair initials: with
   * {@code k} party tokens that reach some list token (single letters count as reaching, at
   * similarity 1) and votes {@code v} at each token's best similarity, retrieval's vote floor needs
   * {@code k > 0} and {@code v >= 0.3 W}; and, where the score is bounded by the votes, pairs are
   * one-to-one and a list token weighs at most 8, so no name scores above {@code (v + B*8k) / (W +
   * B*8k)}. (entity-v2's person rules raise scores outside the votes, so under it only the floor is
   * used.) {@code false} rules the party out.
   */
  boolean mayPass(Prefilter filter, StoredNames stored, int party, double minScore) {
    int n = stored.tokenCount(party);
    for (double[] weights : filter.weights()) {
      double votes = 0;
      double total = 0;
      int reached = 0;
      for (int i = 0; i < n; i++) {
        int t = stored.tokenAt(party, i);
        total += weights[t];
        if (filter.best()[t] > 0) {
          reached++;
          votes += weights[t] * filter.best()[t];
        }
      }
      double listSide = 0.35 * 8 * reached;
      if (reached > 0
          && votes + 1e-4 >= 0.3 * total
          && (!scoreBounded || (votes + listSide) / (total + listSide) + 1e-4 >= minScore)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per query token its weight in one index, then the total, then the largest votes its initials
   * can add.
   */
  private static double[] weights(CandidateBound index, List<String> tokens) {
    double[] weights = new double[tokens.size() + 2];
    for (int q = 0; q < tokens.size(); q++) {
      weights[q] = index.tokenWeight(tokens.get(q));
      weights[tokens.size()] += weights[q];
      if (tokens.get(q).length() == 1) {
        weights[tokens.size() + 1] += weights[q] * 0.85;
      }
    }
    return weights;
  }
}
