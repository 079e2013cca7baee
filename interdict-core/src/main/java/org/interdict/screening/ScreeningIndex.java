package org.interdict.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.interdict.model.Party;
import org.interdict.model.PartyIdentifier;
import org.interdict.text.NamePipeline;
import org.interdict.text.NormalizedName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable in-memory index over every name (primary and aliases) of a set of parties, and the
 * screening of one name against it. Thread-safe after {@link #build}: queries share the read-only
 * arrays and use per-thread scratch space.
 */
public final class ScreeningIndex {
  private static final Logger LOG = LoggerFactory.getLogger(ScreeningIndex.class);
  private final IndexData data;
  private final String version;
  private final ThreadLocal<Scratch> scratch;
  private final SimilarTokenCache cache;

  /**
   * How many distinct query tokens the index remembers similar tokens for (see {@link
   * #build(Collection, NamePipeline, int)}).
   */
  public static final int DEFAULT_TOKEN_CACHE = 100_000;

  private ScreeningIndex(IndexData data, String version, int tokenCache) {
    this.data = data;
    this.version = version;
    this.cache = new SimilarTokenCache(tokenCache);
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(data.tokens.length, data.nameCount()));
  }

  /** Builds an index with the standard normalization pipeline. */
  public static ScreeningIndex build(Collection<Party> parties) {
    return build(parties, NamePipeline.standard());
  }

  public static ScreeningIndex build(Collection<Party> parties, NamePipeline pipeline) {
    return build(parties, pipeline, DEFAULT_TOKEN_CACHE);
  }

  /**
   * Builds an index that caches, for up to {@code tokenCache} distinct query tokens, the list
   * tokens similar to them (0 turns the cache off; results are the same either way, only speed
   * differs).
   */
  public static ScreeningIndex build(
      Collection<Party> parties, NamePipeline pipeline, int tokenCache) {
    if (tokenCache < 0) {
      throw new IllegalArgumentException("tokenCache must be >= 0, was " + tokenCache);
    }
    long start = System.nanoTime();
    IndexData data = new IndexBuilder(pipeline).build(parties);
    ScreeningIndex index = new ScreeningIndex(data, contentVersion(data.parties), tokenCache);
    LOG.info(
        "Built the screening index: {} parties, {} names, {} distinct tokens in {} ms; ready to screen",
        index.partyCount(),
        index.nameCount(),
        index.vocabularySize(),
        (System.nanoTime() - start) / 1_000_000);
    return index;
  }

  /** An index read back by {@link IndexImage}. */
  static ScreeningIndex restored(IndexData data, String version, int tokenCache) {
    if (tokenCache < 0) {
      throw new IllegalArgumentException("tokenCache must be >= 0, was " + tokenCache);
    }
    return new ScreeningIndex(data, version, tokenCache);
  }

  /**
   * The version of the lists indexed: {@code sha256:} and 16 hex digits of the SHA-256 over the
   * {@link EntryHash} of every party in index order. Two indexes over the same entries have the
   * same version, whether built or loaded from a stored index; any change of an entry changes it.
   */
  public String version() {
    return version;
  }

  /**
   * What a stored index must have been built by to be used: the scorer, the index layout and the
   * build of Interdict. A stored index of another engine version is rebuilt.
   */
  public static String engineVersion() {
    String build = ScreeningIndex.class.getPackage().getImplementationVersion();
    return AlignmentScorer.ID
        + "/layout-"
        + IndexImage.LAYOUT
        + "/"
        + (build == null ? "development" : build);
  }

  private static String contentVersion(Party[] parties) {
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    for (Party party : parties) {
      sha.update(EntryHash.of(party).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    return "sha256:" + java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  /**
   * The id of the name-only scorer ({@code aligned-tokens-v1}). A result records the scorer its
   * query chose ({@link ScreeningQuery#scorer()}, by default {@link
   * ScreeningQuery#DEFAULT_SCORER}), so reports name that one, not this.
   */
  public static String scorerId() {
    return AlignmentScorer.ID;
  }

  public int partyCount() {
    return data.parties.length;
  }

  /** Number of distinct normalized names indexed (a party's duplicate spellings count once). */
  public int nameCount() {
    return data.nameCount();
  }

  public int vocabularySize() {
    return data.tokens.length;
  }

  /** Screens one name: matches at or above the query's minimum score, best first, one per party. */
  public ScreeningResult screen(ScreeningQuery query) {
    return trace(query).result();
  }

  /**
   * Screens one name like {@link #screen} and also says how many names were scored and whether
   * retrieval reached its cap of {@value CandidateFinder#MAX_CANDIDATES} (then which names were
   * scored depends on their votes).
   */
  public ScreeningTrace trace(ScreeningQuery query) {
    NormalizedName normalized = data.pipeline.normalize(query.name());
    if (normalized.tokens().isEmpty()) {
      return new ScreeningTrace(new ScreeningResult(query, normalized, List.of()), 0, false);
    }
    Scratch space = scratch.get();
    PreparedQuery prepared = CandidateFinder.prepare(data, normalized, space, cache);
    boolean features = query.weighsFeatures();
    // Features can raise a name over the minimum score, so retrieval keeps names up to MAX_RAISE
    // below it.
    double floor =
        features ? Math.max(0.0, query.minScore() - EntityScorer.MAX_RAISE) : query.minScore();
    boolean entityScorer = EntityScorer.isEntity(query.scorer());
    boolean rulesV2 = EntityScorer.hasNameRulesV2(query.scorer());
    int[] candidates =
        CandidateFinder.candidates(
            data, prepared, space, query.filter(), floor, entityScorer, rulesV2);
    if (rulesV2) {
      candidates = CompoundRetrieval.widen(data, prepared, query.filter(), floor, candidates);
    }
    boolean syllables =
        entityScorer
            && mayHoldHanOrHangul(query.name())
            && RomanizedSyllables.applies(query.name());
    Map<Integer, Scored> bestByParty = new HashMap<>();
    for (int name : candidates) {
      AlignmentScorer.Alignment alignment =
          AlignmentScorer.align(data, prepared, name, query.scorer());
      if (alignment.score() < floor) {
        continue;
      }
      int party = data.nameParty[name];
      int edited = syllables ? RomanizedSyllables.editedPairs(data, prepared, name, alignment) : 0;
      EntityScorer.Result entity =
          features || edited > 0
              ? EntityScorer.score(
                  alignment.score(),
                  edited,
                  query.features(),
                  query.partyType(),
                  data.parties[party].features(),
                  data.parties[party].type())
              : null;
      double score = entity == null ? alignment.score() : entity.score();
      if (score < query.minScore()) {
        continue;
      }
      Scored previous = bestByParty.get(party);
      if (previous == null
          || score > previous.score()
          || (score == previous.score() && preferred(prepared, name, previous.name))) {
        bestByParty.put(party, new Scored(name, alignment, entity));
      }
    }
    if (entityScorer && !query.features().identifiers().isEmpty()) {
      rescueByIdentifier(query, prepared, candidates, syllables, bestByParty);
    }
    List<Scored> ranked = new ArrayList<>(bestByParty.values());
    ranked.sort(
        Comparator.comparingDouble((Scored s) -> -s.score())
            .thenComparing(s -> data.parties[data.nameParty[s.name]].id()));
    List<Match> matches = new ArrayList<>(Math.min(ranked.size(), query.limit()));
    for (Scored scored : ranked.subList(0, Math.min(ranked.size(), query.limit()))) {
      matches.add(toMatch(prepared, scored, query.scorer()));
    }
    return new ScreeningTrace(
        new ScreeningResult(query, normalized, matches),
        candidates.length,
        candidates.length >= CandidateFinder.MAX_CANDIDATES);
  }

  /**
   * Whether {@code name} has a character at or above U+1100, where Hangul Jamo start (Han and the
   * other Hangul blocks, surrogates included, lie above): a cheap test that spares most queries the
   * per-code-point script lookup of {@link RomanizedSyllables#applies}.
   */
  static boolean mayHoldHanOrHangul(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= '\u1100') {
        return true;
      }
    }
    return false;
  }

  /** The arrays behind the index, for the other classes of this package. */
  IndexData data() {
    return data;
  }

  /**
   * Identifier rescue: the parties accepted by the filter that carry one of the query's identifiers
   * (same folded value and a kind {@link EntityScorer} counts as agreeing) but none of whose names
   * the name index retrieved are scored too, each by its best name against the query as written and
   * with its words run together ({@code Ever Given} against {@code EVERGIVEN}), so the identifier
   * part can raise them.
   */
  private void rescueByIdentifier(
      ScreeningQuery query,
      PreparedQuery prepared,
      int[] candidates,
      boolean syllables,
      Map<Integer, Scored> best) {
    Set<Integer> byName = new HashSet<>();
    for (int name : candidates) {
      byName.add(data.nameParty[name]);
    }
    Set<Integer> rescued = new TreeSet<>();
    for (PartyIdentifier identifier : query.features().identifiers()) {
      for (int party : data.identifierIndex.getOrDefault(identifier.value(), NO_PARTIES)) {
        Party listed = data.parties[party];
        if (!byName.contains(party)
            && EntityScorer.identifierAgrees(List.of(identifier), listed.features().identifiers())
            && (query.filter().acceptsAll() || query.filter().accepts(listed))) {
          rescued.add(party);
        }
      }
    }
    if (rescued.isEmpty()) {
      return;
    }
    PreparedQuery joined = joinedWords(prepared);
    for (int party : rescued) {
      Scored top = null;
      for (int name = data.partyFirstName[party]; name < data.partyFirstName[party + 1]; name++) {
        for (PreparedQuery form : joined == null ? List.of(prepared) : List.of(prepared, joined)) {
          AlignmentScorer.Alignment alignment =
              AlignmentScorer.align(data, form, name, query.scorer());
          if (top == null || alignment.score() > top.alignment.score()) {
            top = new Scored(name, alignment, null, form, true);
          }
        }
      }
      if (top == null) {
        continue;
      }
      Party listed = data.parties[party];
      int edited =
          syllables ? RomanizedSyllables.editedPairs(data, top.query, top.name, top.alignment) : 0;
      EntityScorer.Result entity =
          EntityScorer.score(
              top.alignment.score(),
              edited,
              query.features(),
              query.partyType(),
              listed.features(),
              listed.type());
      if (entity.score() >= query.minScore()) {
        best.put(party, new Scored(top.name, top.alignment, entity, top.query, true));
      }
    }
  }

  /**
   * The query's two or three words run together as one ({@code ever given -> evergiven}), as the
   * index also stores such list names ({@link IndexBuilder#spellings}); null for other queries.
   */
  private PreparedQuery joinedWords(PreparedQuery prepared) {
    List<String> tokens = prepared.normalized.tokens();
    List<List<String>> spellings = IndexBuilder.spellings(tokens);
    if (spellings.size() < 2) {
      return null;
    }
    NormalizedName normalized = prepared.normalized;
    List<String> steps = new ArrayList<>(normalized.steps());
    steps.add(IndexBuilder.JOIN_WORDS);
    NormalizedName joined =
        new NormalizedName(
            normalized.original(),
            spellings.get(1),
            normalized.legalForms(),
            steps,
            normalized.truncated());
    return CandidateFinder.prepare(data, joined, scratch.get(), cache);
  }

  private static final int[] NO_PARTIES = new int[0];

  /**
   * A scored name; {@code entity} is null when no feature was weighed; {@code query} is the form of
   * the query it was aligned with when that is not the query as prepared (null), as for a party
   * rescued by identifier ({@code byIdentifier}) aligned with the query's words run together.
   */
  private record Scored(
      int name,
      AlignmentScorer.Alignment alignment,
      EntityScorer.Result entity,
      PreparedQuery query,
      boolean byIdentifier) {
    Scored(int name, AlignmentScorer.Alignment alignment, EntityScorer.Result entity) {
      this(name, alignment, entity, null, false);
    }

    double score() {
      return entity == null ? alignment.score() : entity.score();
    }
  }

  /**
   * Between equally scored names of one party: the one whose legal forms agree, then the earlier
   * one.
   */
  private boolean preferred(PreparedQuery query, int name, int other) {
    boolean formsAgree = data.nameLegalMask[name] == query.legalMask;
    boolean otherFormsAgree = data.nameLegalMask[other] == query.legalMask;
    if (formsAgree != otherFormsAgree) {
      return formsAgree;
    }
    return data.nameIndex[name] < data.nameIndex[other];
  }

  private Match toMatch(PreparedQuery prepared, Scored scored, String scorer) {
    int name = scored.name;
    Party party = data.parties[data.nameParty[name]];
    int index = data.nameIndex[name];
    PreparedQuery query = scored.query == null ? prepared : scored.query;
    Explanation explanation =
        Explanations.of(data, query, name, scored.alignment, scorer, scored.entity);
    if (scored.byIdentifier) {
      explanation = Explanations.retrievedByIdentifier(explanation);
    }
    double score = AlignmentScorer.round(scored.score());
    return new Match(
        score,
        party,
        data.nameText[name],
        index == 0 ? NameKind.PRIMARY : NameKind.ALIAS,
        index,
        explanation);
  }
}
