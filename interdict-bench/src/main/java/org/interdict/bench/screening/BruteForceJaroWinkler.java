package org.interdict.bench.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.interdict.bench.quality.Screener;
import org.interdict.model.Party;
import org.interdict.text.NamePipeline;

/**
 * The baseline: Jaro-Winkler (commons-text) of the whole normalized query against every normalized
 * name of every party, best name per party. Same normalization pipeline as the engine, so the
 * comparison isolates retrieval and scoring. Thread-safe (commons-text's similarity object is
 * stateless).
 */
public final class BruteForceJaroWinkler implements Screener {
  private final NamePipeline pipeline = NamePipeline.standard();
  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
  private final String[] names;
  private final int[] owners;
  private final String[] partyIds;

  public BruteForceJaroWinkler(List<Party> parties) {
    List<String> nameList = new ArrayList<>();
    List<Integer> ownerList = new ArrayList<>();
    partyIds = new String[parties.size()];
    for (int p = 0; p < parties.size(); p++) {
      partyIds[p] = parties.get(p).id();
      for (String name : parties.get(p).allNames()) {
        var normalized = pipeline.normalize(name);
        nameList.add(
            String.join(" ", normalized.legalForms())
                + (normalized.legalForms().isEmpty() ? "" : " ")
                + normalized.text());
        ownerList.add(p);
      }
    }
    names = nameList.toArray(new String[0]);
    owners = ownerList.stream().mapToInt(Integer::intValue).toArray();
  }

  public int nameCount() {
    return names.length;
  }

  @Override
  public List<Hit> screen(String query, double minScore) {
    var normalized = pipeline.normalize(query);
    String text =
        String.join(" ", normalized.legalForms())
            + (normalized.legalForms().isEmpty() ? "" : " ")
            + normalized.text();
    if (text.isBlank()) {
      return List.of();
    }
    double[] best = new double[partyIds.length];
    for (int i = 0; i < names.length; i++) {
      double score = similarity.apply(text, names[i]);
      if (score > best[owners[i]]) {
        best[owners[i]] = score;
      }
    }
    List<Hit> hits = new ArrayList<>();
    for (int p = 0; p < best.length; p++) {
      if (best[p] >= minScore) {
        hits.add(new Hit(partyIds[p], best[p]));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed());
    return hits.size() > 50 ? List.copyOf(hits.subList(0, 50)) : hits;
  }
}
