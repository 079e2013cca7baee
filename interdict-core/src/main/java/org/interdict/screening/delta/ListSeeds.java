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
   * reached: first the cheap retrieval bound, then the exact score in the seed's index. Safe to call from several
   * threads once filled.
   */
  boolean mayReachAny(StoredNames stored, StoredNames.Reach reach, NormalizedName party, double minScore) {
    if (party.tokens().isEmpty()) {
      return false;
    }
    Map<CandidateBound, CandidateBound.Prepared> prepared = new HashMap<>(4);
    for (String token : party.tokens()) {
      for (String listToken : stored.reachedThrough(reach, token)) {
        for (Seed seed : byToken.getOrDefault(listToken, List.of())) {
          if (seed.index.mayRetrieve(party, seed.name, minScore)
              && prepared.computeIfAbsent(seed.index, index -> index.prepare(party)).score(seed.name)
                  >= minScore - 1e-6) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
