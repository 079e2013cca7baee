package org.interdict.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interdict.text.NormalizedName;

/**
 * The facade {@code screening.delta} sees of an index (with {@link IndexDrift} for weight moves and
 * {@link QueryVocabulary} for retrieval turned around): names are opaque int handles, and no array
 * of the index leaves this package (ADR 005).
 *
 * <p>Whether a query could retrieve a given indexed name as a candidate, for delta re-screening:
 * the index's two gates, the vote floor (votes at least 30 % of the query weight) and the score
 * bound {@code (votes + B * nameWeight) / (queryWeight + B * nameWeight) >= minScore}, given votes
 * at least as large as the index's; and the exact score of a retrieved name. {@code false} proves
 * the name is never scored for the query. Thread-safe.
 */
public final class CandidateBound {
  private final IndexData data;
  private final ThreadLocal<Scratch> scratch;
  private final SimilarTokenCache cache = new SimilarTokenCache(ScreeningIndex.DEFAULT_TOKEN_CACHE);

  // entity-v2's person and organization rules: they raise scores outside the votes, so the score
  // bounds below do not hold for persons' names, and it retrieves through rewritten tokens
  private final boolean rulesV2;

  private CandidateBound(IndexData data, boolean rulesV2) {
    this.data = data;
    this.rulesV2 = rulesV2;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(data.tokens.length, data.nameCount()));
  }

  /** A query prepared against this index once, to score it against several names. */
  public final class Prepared {
    private final PreparedQuery query;

    private Prepared(PreparedQuery query) {
      this.query = query;
    }

    /**
     * The score {@link ScreeningIndex#screen} would give this name if it were retrieved: the {@code
     * aligned-tokens-v1} score; for a bound of {@code entity-v2} the larger of that and the {@code
     * entity-v2} name score (its rules can raise a score, its features are not known here), so an
     * upper bound of both, exact for each where they agree.
     */
    public double score(int name) {
      double aligned = AlignmentScorer.align(data, query, name).score();
      return rulesV2
          ? Math.max(aligned, AlignmentScorer.align(data, query, name, EntityScorer.ID_V2).score())
          : aligned;
    }
  }

  /** Prepares a normalized, non-empty query for {@link Prepared#score}. */
  public Prepared prepare(NormalizedName query) {
    return new Prepared(CandidateFinder.prepare(data, query, scratch.get(), cache));
  }

  /** The bounds of queries screened by {@code scorer} against {@code index}. */
  public static CandidateBound of(ScreeningIndex index, String scorer) {
    return new CandidateBound(index.data(), EntityScorer.hasNameRulesV2(scorer));
  }

  /** The pipeline the index normalizes with; queries passed here must be normalized with it. */
  public NormalizedName normalize(String name) {
    return data.pipeline.normalize(name);
  }

  /**
   * Whether entity-v2 may retrieve for this query (its normalized tokens and written text), beyond
   * what the votes and bounds here account for, a name holding one of {@code seedTokens} or an
   * organization with initials among {@code seedInitials}: through rewritten forms that join, split
   * or abbreviate tokens or spell numbers ({@link CompoundRetrieval}, ADR 016). A delta re-screen
   * must screen such a query again.
   */
  public boolean mayRetrieveCompound(
      List<String> tokens, String original, Set<String> seedTokens, Set<String> seedInitials) {
    return !tokens.isEmpty()
        && CompoundRetrieval.mayReach(data, tokens, original, seedTokens, seedInitials);
  }

  /** Whether queries under {@code scorer} retrieve through {@link #mayRetrieveCompound} too. */
  public static boolean retrievesCompound(String scorer) {
    return EntityScorer.hasNameRulesV2(scorer);
  }

  /** The initials entity-v2 finds these names' organizations by ({@link CompoundRetrieval}). */
  public Set<String> initialsOf(int[] names) {
    Set<String> initials = new HashSet<>();
    for (int name : names) {
      initials.addAll(CompoundRetrieval.initialsOf(data, name));
    }
    return initials;
  }

  /** Internal handles of every indexed name (joined spellings included) of these parties. */
  public int[] namesOfParties(Collection<String> partyIds) {
    Set<String> wanted = new HashSet<>(partyIds);
    IntList names = new IntList(16);
    for (int name = 0; name < data.nameCount(); name++) {
      if (wanted.contains(data.parties[data.nameParty[name]].id())) {
        names.add(name);
      }
    }
    return names.toArray();
  }

  /** Internal handles of every indexed name containing one of {@code tokens}. */
  public int[] namesWithTokens(Collection<String> tokens) {
    Set<Integer> names = new java.util.TreeSet<>();
    for (String token : tokens) {
      Integer id = data.tokenIds.get(token);
      if (id != null) {
        for (int name : data.postings[id]) {
          names.add(name);
        }
      }
    }
    return names.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The tokens of one indexed name. */
  public List<String> tokensOf(int name) {
    List<String> tokens = new ArrayList<>(data.nameTokens[name].length);
    for (int token : data.nameTokens[name]) {
      tokens.add(data.tokens[token]);
    }
    return tokens;
  }

  /** The weight of each token of an indexed name, parallel to {@link #tokensOf}. */
  public double[] tokenWeightsOf(int name) {
    int[] tokens = data.nameTokens[name];
    double[] weights = new double[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      weights[i] = data.weights[tokens[i]];
    }
    return weights;
  }

  /**
   * Handles of the given names that can pair initials (a person's name with a single-letter token).
   */
  public int[] withInitials(int[] names, boolean wanted) {
    return java.util.Arrays.stream(names)
        .filter(
            name ->
                (AlignmentScorer.initialsAllowed(data, name) && data.nameHasInitial[name])
                    == wanted)
        .toArray();
  }

  /**
   * What initials can add to the score bound of a query against a person's name (initials pair at
   * 0.85 outside retrieval, and only for individuals and parties of unknown type): {@code [extra
   * votes, extra list weight]}, both zero for other names.
   */
  public double[] initialPairs(List<String> queryTokens, double[] queryWeights, int name) {
    double[] extra = new double[2];
    if (!AlignmentScorer.initialsAllowed(data, name)) {
      return extra;
    }
    int[] nameTokens = data.nameTokens[name];
    boolean[] listUsed = new boolean[nameTokens.length];
    for (int q = 0; q < queryTokens.size(); q++) {
      String token = queryTokens.get(q);
      boolean pairs = false;
      for (int j = 0; j < nameTokens.length; j++) {
        String listToken = data.tokens[nameTokens[j]];
        if ((token.length() == 1) != (listToken.length() == 1)
            && token.charAt(0) == listToken.charAt(0)) {
          pairs = true;
          if (!listUsed[j]) {
            listUsed[j] = true;
            extra[1] += data.weights[nameTokens[j]];
          }
        }
      }
      if (pairs) {
        extra[0] += TokenSimilarity.INITIAL * queryWeights[q];
      }
    }
    return extra;
  }

  /**
   * An upper bound of the aligned-tokens score of a query against a name without initials on either
   * side, from the query's votes for it and the weight of the name's tokens some query token may
   * pair with: pairs are one-to-one and similarities at most 1, so {@code score <= (votes + B *
   * reachedListWeight) / (queryWeight + B * nameWeight)}. For a person's name (or one of unknown
   * type) 1.0: {@code entity-v1}'s person rules ({@link PersonRules}) pair tokens retrieval does
   * not vote for and discount unaligned ones, so only {@link Prepared#score} bounds its score.
   */
  public double scoreBound(double votes, double queryWeight, double reachedListWeight, int name) {
    if (rulesV2 && PersonRules.applies(data, name)) {
      return 1.0; // entity-v2's person rules pair and discount tokens outside the votes
    }
    return (votes + AlignmentScorer.LIST_WEIGHT * reachedListWeight)
        / (queryWeight + AlignmentScorer.LIST_WEIGHT * data.nameWeight[name]);
  }

  /**
   * A query token's weight in this index (length times IDF; the length alone for a token the index
   * lacks).
   */
  public double tokenWeight(String token) {
    Integer known = data.tokenIds.get(token);
    int df = known == null ? 0 : data.postings[known].length;
    return IndexData.weight(token.length(), df, data.nameCount());
  }

  /**
   * Whether a query of total weight {@code queryWeight} whose tokens cast {@code votes} for {@code
   * name} (each query token its weight times its best similarity with a token of the name, as
   * retrieval counts them; larger is safe) may pass the vote floor and the score bound at {@code
   * minScore}. With initials on either side the index skips the bound (votes must then include the
   * query initials' largest votes, {@code 0.85} times their weight), and so does entity-v2 for the
   * names of persons and parties of unknown type: for those only the vote floor is proved.
   */
  public boolean mayRetrieve(
      double votes, double queryWeight, boolean queryHasInitial, int name, double minScore) {
    return RetrievalGate.mayAdmit(
        votes,
        queryWeight,
        AlignmentScorer.LIST_WEIGHT * data.nameWeight[name],
        data.nameHasInitial[name] || queryHasInitial || (rulesV2 && data.nameInitialsAllowed[name]),
        minScore);
  }
}
