package org.interdict.server.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interdict.InvalidValueException;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.screening.EntryHash;
import org.interdict.screening.Explanation;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningFilter;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Principal;
import org.interdict.server.http.Timestamps;
import org.interdict.server.lists.HitRows;
import org.interdict.server.match.ScorePartDocs;
import org.interdict.store.Database;
import org.interdict.store.Ids;
import org.interdict.store.reviews.Review;
import org.interdict.store.reviews.ReviewRepository;
import org.interdict.store.screenings.Screening;
import org.interdict.store.screenings.ScreeningHit;
import org.interdict.store.screenings.ScreeningRepository;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens names with the shared index, stores each screening with its hits (and its audit event) in
 * one transaction, and shows on each match the latest decision for the same normalized name and
 * party, marked {@code current} only while the entry hash is unchanged. Screened names are logged
 * at DEBUG at most. Thread-safe.
 */
public final class ScreeningService {
  public static final int MAX_LIMIT = 100;
  public static final int MAX_BATCH = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(ScreeningService.class);
  private final ScreeningLists lists;
  private final Database db;
  private final Clock clock;
  private final Auditor auditor;
  private final ScreeningRepository screenings = new ScreeningRepository();
  private final ReviewRepository reviews = new ReviewRepository();
  private final Runnable onScreening;
  private final ScreeningHooks hooks;
  private final java.util.function.Function<ScreeningIndex, Map<String, Object>> context;

  public ScreeningService(
      ScreeningLists lists, Database db, Clock clock, Auditor auditor, Runnable onScreening) {
    this(lists, db, clock, auditor, onScreening, ScreeningHooks.NONE);
  }

  public ScreeningService(
      ScreeningLists lists,
      Database db,
      Clock clock,
      Auditor auditor,
      Runnable onScreening,
      ScreeningHooks hooks) {
    this(
        lists,
        db,
        clock,
        auditor,
        onScreening,
        hooks,
        index -> Map.of("scorer", ScreeningQuery.DEFAULT_SCORER, "indexVersion", index.version()));
  }

  /**
   * {@code context} says what a screening on an index runs against (scorer, versions, lists and
   * snapshots in force); it is stored with each screening for its evidence pack.
   */
  public ScreeningService(
      ScreeningLists lists,
      Database db,
      Clock clock,
      Auditor auditor,
      Runnable onScreening,
      ScreeningHooks hooks,
      java.util.function.Function<ScreeningIndex, Map<String, Object>> context) {
    this.context = context;
    this.hooks = hooks;
    this.lists = lists;
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
    this.onScreening = onScreening;
  }

  /** Validates the options into a query template (name left empty). */
  ScreeningQuery template(ScreeningRequest r) {
    double minScore = r.minScore() == null ? ScreeningQuery.DEFAULT_MIN_SCORE : r.minScore();
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new InvalidValueException("'minScore' must be between 0 and 1, was " + minScore);
    }
    int limit = r.limit() == null ? ScreeningQuery.DEFAULT_LIMIT : r.limit();
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValueException(
          "'limit' must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    List<String> listIds = orEmpty(r.lists());
    List<String> unknown = lists.unknownListIds(listIds);
    if (!unknown.isEmpty()) {
      throw new InvalidValueException(
          "unknown list id(s) "
              + unknown
              + "; loaded lists: "
              + lists.infos().stream().map(i -> i.listId()).toList());
    }
    Set<PartyType> types = new HashSet<>();
    for (String type : orEmpty(r.types())) {
      try {
        types.add(PartyType.fromId(type.strip().toLowerCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(
            "unknown party type '"
                + type
                + "'; expected one of "
                + java.util.Arrays.stream(PartyType.values()).map(PartyType::id).toList());
      }
    }
    ScreeningFilter filter =
        ScreeningFilter.none()
            .withListIds(Set.copyOf(listIds))
            .withTypes(types)
            .withPrograms(Set.copyOf(orEmpty(r.programs())))
            .withCountries(Set.copyOf(orEmpty(r.countries())));
    String scorer =
        ScreeningQuery.requireScorer(
            r.scorer() == null ? ScreeningQuery.DEFAULT_SCORER : r.scorer());
    PartyType partyType = PartyType.UNKNOWN;
    if (r.partyType() != null) {
      try {
        partyType = org.interdict.screening.QueryFeatures.partyType(r.partyType());
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException("'partyType': " + e.getMessage());
      }
    }
    return new ScreeningQuery(
        "",
        filter,
        minScore,
        limit,
        features(r.birthDates(), r.partyCountries(), r.identifiers(), ""),
        scorer,
        partyType);
  }

  /**
   * The screened party's features from request fields; {@code field} prefixes the field names in
   * errors.
   */
  static org.interdict.model.PartyFeatures features(
      List<String> birthDates,
      List<String> partyCountries,
      List<String> identifiers,
      String field) {
    try {
      return org.interdict.screening.QueryFeatures.of(
          orEmpty(birthDates), orEmpty(partyCountries), orEmpty(identifiers));
    } catch (org.interdict.screening.QueryFeatures.BadFeatureException e) {
      throw new InvalidValueException(field + e.getMessage());
    }
  }

  static String requireName(String name, String field) {
    if (name == null || name.isBlank()) {
      throw new InvalidValueException("'" + field + "' is required and must not be blank");
    }
    if (name.length() > 1000) {
      throw new InvalidValueException("'" + field + "' is longer than 1000 characters");
    }
    return name;
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  /** Screens one name; stored (with an id and an audit event) unless {@code store} is false. */
  ScreeningView.Result screen(
      Principal who, ScreeningQuery query, Optional<String> inputId, boolean store) {
    ScreeningIndex index = lists.index();
    ScreeningResult result = index.screen(query);
    LOG.debug("Screened '{}': {} matches", query.name(), result.matches().size());
    String id = store ? Ids.next("s") : null;
    List<String> hashes = result.matches().stream().map(m -> EntryHash.of(m.party())).toList();
    String normalized = result.normalized().text();
    List<String> hitKeys =
        result.matches().stream()
            .map(m -> ScreeningRepository.hitKey(normalized, m.party().id()))
            .toList();
    Map<String, Review> decided;
    if (store) {
      decided =
          db.inTransaction(
              h -> {
                insert(h, who, id, query, normalized, result, hashes, index);
                hooks.screened(h, query, index, result, hashes);
                return reviews.latest(h, Review.SCREENING_HIT, hitKeys);
              });
    } else {
      // A search stores nothing: a plain read (no write lock on SQLite), and none at all without
      // matches.
      decided =
          hitKeys.isEmpty()
              ? Map.of()
              : db.jdbi().withHandle(h -> reviews.latest(h, Review.SCREENING_HIT, hitKeys));
    }
    if (store) {
      onScreening.run();
    }
    List<ScreeningView.MatchView> matches = new ArrayList<>();
    for (int i = 0; i < result.matches().size(); i++) {
      Match match = result.matches().get(i);
      Review review = decided.get(ScreeningRepository.hitKey(normalized, match.party().id()));
      matches.add(match(match, hashes.get(i), review));
    }
    var n = result.normalized();
    return new ScreeningView.Result(
        id,
        inputId.orElse(null),
        query.name(),
        new ScreeningView.Normalized(
            n.text(), n.tokens(), n.legalForms(), n.steps(), n.truncated()),
        result.problem().map(p -> new ScreeningView.Problem(p.id(), p.message())).orElse(null),
        lists.infos().stream()
            .map(
                info ->
                    new ScreeningView.ListView(
                        info.listId(),
                        info.title(),
                        info.listDate().map(Object::toString).orElse(null),
                        info.entryCount()))
            .toList(),
        matches,
        hooks.evidence(query.name(), index));
  }

  private void insert(
      Handle h,
      Principal who,
      String id,
      ScreeningQuery query,
      String normalized,
      ScreeningResult result,
      List<String> hashes,
      ScreeningIndex index) {
    List<ScreeningHit> hits = new ArrayList<>();
    for (int i = 0; i < result.matches().size(); i++) {
      Match m = result.matches().get(i);
      hits.add(
          new ScreeningHit(
              m.party().id(),
              m.party().source().listId(),
              m.party().source().entryId(),
              m.party().primaryName(),
              m.matchedName(),
              m.score(),
              hashes.get(i),
              m.party().programs(),
              org.interdict.store.Json.write(
                  HitRows.explanation(m.explanation(), m.matchedName()))));
    }
    screenings.insert(
        h,
        new Screening(
            id,
            clock.instant(),
            who.userName(),
            query.name(),
            normalized,
            query.minScore(),
            hits,
            org.interdict.store.Json.write(ranAgainst(query, index)),
            org.interdict.store.Json.write(QueryFeaturesView.of(query)),
            query.scorer(),
            index.version()));
    auditor.record(h, who, "screening", "screening", id, "matches=" + hits.size());
  }

  /**
   * What the screening ran against, with the scorer the query chose (the context function knows
   * only the index).
   */
  private Map<String, Object> ranAgainst(ScreeningQuery query, ScreeningIndex index) {
    Map<String, Object> ranAgainst = new java.util.LinkedHashMap<>(context.apply(index));
    ranAgainst.put("scorer", query.scorer());
    return ranAgainst;
  }

  private static ScreeningView.MatchView match(Match match, String entryHash, Review review) {
    Party party = match.party();
    Explanation e = match.explanation();
    var explanation =
        new ScreeningView.ExplanationView(
            e.scorerId(),
            e.pairs().stream()
                .map(
                    p ->
                        new ScreeningView.PairView(
                            p.queryToken(), p.listToken(), p.similarity(), p.method()))
                .toList(),
            e.unmatchedQueryTokens(),
            e.unmatchedListTokens(),
            e.querySteps(),
            e.listSteps(),
            e.parts().stream()
                .map(
                    p ->
                        new ScreeningView.PartView(
                            p.id(), p.value(), ScorePartDocs.describe(p.id())))
                .toList());
    ScreeningView.ReviewView reviewView =
        review == null
            ? null
            : new ScreeningView.ReviewView(
                review.decision(),
                review.reviewer(),
                review.comment(),
                Timestamps.format(review.at()),
                review.entryHash().equals(entryHash),
                review.status());
    return new ScreeningView.MatchView(
        match.score(),
        party.id(),
        party.source().listId(),
        party.source().entryId(),
        party.primaryName(),
        match.matchedName(),
        match.nameKind().id(),
        party.type().id(),
        party.programs(),
        party.countries(),
        entryHash,
        explanation,
        reviewView);
  }
}
