package org.interdict.server.match;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyIdentifier;
import org.interdict.model.PartyType;
import org.interdict.screening.Match;
import org.interdict.screening.QueryFeatures;
import org.interdict.screening.ScorePart;
import org.interdict.screening.ScreeningFilter;
import org.interdict.screening.ScreeningQuery;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.screening.ScreeningLists;

/**
 * {@code POST /match/{dataset}} (and {@code /api/v1/match/{dataset}}): yente's matching API over
 * the lists in force, so a yente client works by changing its base URL (docs/api.md). {@code
 * dataset} is {@code default} (every list) or a loaded list id. Each query's names are screened
 * with its birth dates, countries and identifiers by {@code entity-v1} (or {@code
 * algorithm=aligned-tokens-v1}); results are not stored. Thread-safe.
 */
public final class MatchApi {
  static final int MAX_QUERIES = 100;
  static final int DEFAULT_LIMIT = 5;

  /** The FollowTheMoney properties read; any other is rejected by name rather than ignored. */
  static final Set<String> NAME_PROPERTIES = Set.of("name", "alias", "weakAlias", "previousName");

  static final Set<String> COUNTRY_PROPERTIES =
      Set.of("nationality", "citizenship", "country", "jurisdiction", "mainCountry");
  static final Map<String, String> IDENTIFIER_PROPERTIES =
      Map.ofEntries(
          Map.entry("idNumber", "other"),
          Map.entry("passportNumber", "passport"),
          Map.entry("taxNumber", "tax-id"),
          Map.entry("registrationNumber", "registration"),
          Map.entry("imoNumber", "imo"),
          Map.entry("mmsi", "mmsi"),
          Map.entry("swiftBic", "swift-bic"),
          Map.entry("leiCode", "lei"),
          Map.entry("innCode", "tax-id"),
          Map.entry("ogrnCode", "registration"),
          Map.entry("vatCode", "tax-id"),
          Map.entry("callSign", "call-sign"));
  static final Set<String> IGNORED_PROPERTIES =
      Set.of(
          "firstName",
          "lastName",
          "middleName",
          "fatherName",
          "gender",
          "birthPlace",
          "address",
          "topics",
          "notes",
          "position",
          "incorporationDate");

  private final ScreeningLists lists;
  private final JsonBodies bodies;

  public MatchApi(ScreeningLists lists, JsonBodies bodies) {
    this.lists = lists;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .post("/match/{dataset}", this::match, Role.VIEWER)
        .post("/api/v1/match/{dataset}", this::match, Role.VIEWER);
  }

  private void match(Context ctx) {
    Params params = Params.of(ctx, Set.of("threshold", "limit", "algorithm"));
    double threshold = params.decimal("threshold", ScreeningQuery.DEFAULT_MIN_SCORE, 0, 1);
    int limit = params.integer("limit", DEFAULT_LIMIT, 1, 100);
    String algorithm = params.text("algorithm").orElse(ScreeningQuery.DEFAULT_SCORER);
    if (algorithm.equals("best")) {
      algorithm = ScreeningQuery.DEFAULT_SCORER;
    }
    try {
      ScreeningQuery.requireScorer(algorithm);
    } catch (org.interdict.InvalidValueException e) {
      throw ApiProblem.invalidParameter("'algorithm': " + e.getMessage() + " (or best)");
    }
    String dataset = ctx.pathParam("dataset");
    ScreeningFilter filter = ScreeningFilter.none();
    if (!dataset.equals("default")) {
      if (!lists.unknownListIds(List.of(dataset)).isEmpty()) {
        throw ApiProblem.invalidParameter(
            "unknown dataset '"
                + dataset
                + "'; expected default or one of "
                + lists.infos().stream().map(i -> i.listId()).toList());
      }
      filter = filter.withListIds(Set.of(dataset));
    }
    MatchRequest request = bodies.read(ctx, MatchRequest.class);
    if (request.queries() == null || request.queries().isEmpty()) {
      throw ApiProblem.invalidParameter(
          "'queries' is required: 1 to " + MAX_QUERIES + " named entity examples");
    }
    if (request.queries().size() > MAX_QUERIES) {
      throw ApiProblem.invalidParameter(
          "'queries' holds " + request.queries().size() + "; at most " + MAX_QUERIES);
    }
    Map<String, Prepared> prepared = new LinkedHashMap<>();
    for (Map.Entry<String, MatchQuery> entry : request.queries().entrySet()) {
      prepared.put(entry.getKey(), prepare(entry.getKey(), entry.getValue()));
    }
    Map<String, Object> responses = new LinkedHashMap<>();
    for (Map.Entry<String, Prepared> entry : prepared.entrySet()) {
      responses.put(
          entry.getKey(),
          answer(
              entry.getValue(),
              request.queries().get(entry.getKey()),
              filter,
              threshold,
              limit,
              algorithm));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("responses", responses);
    body.put("limit", limit);
    body.put("threshold", threshold);
    body.put("algorithm", algorithm);
    body.put("indexVersion", lists.index().version());
    ctx.json(body);
  }

  /** A validated query: its names, features and type. */
  private record Prepared(List<String> names, PartyFeatures features, PartyType type) {}

  private static Prepared prepare(String key, MatchQuery query) {
    String where = "'queries." + key + "'";
    if (query == null || query.properties() == null) {
      throw ApiProblem.invalidParameter(where + " needs 'schema' and 'properties'");
    }
    PartyType type = schemaType(query.schema(), where);
    List<String> names = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<String> identifiers = new ArrayList<>();
    for (Map.Entry<String, List<String>> property : query.properties().entrySet()) {
      String name = property.getKey();
      List<String> values = property.getValue() == null ? List.of() : property.getValue();
      for (String value : values) {
        if (value == null || value.isBlank()) {
          continue;
        }
        if (NAME_PROPERTIES.contains(name)) {
          names.add(value.length() > 1000 ? value.substring(0, 1000) : value);
        } else if (name.equals("birthDate")) {
          dates.add(value);
        } else if (COUNTRY_PROPERTIES.contains(name)) {
          countries.add(value);
        } else if (IDENTIFIER_PROPERTIES.containsKey(name)) {
          identifiers.add(IDENTIFIER_PROPERTIES.get(name) + ":" + value);
        } else if (!IGNORED_PROPERTIES.contains(name)) {
          throw ApiProblem.invalidParameter(
              where
                  + " has property '"
                  + name
                  + "', which this server does not read;"
                  + " read: name, alias, weakAlias, previousName, birthDate, "
                  + String.join(", ", COUNTRY_PROPERTIES)
                  + ", "
                  + String.join(", ", IDENTIFIER_PROPERTIES.keySet())
                  + "; accepted and not weighed: "
                  + String.join(", ", IGNORED_PROPERTIES));
        }
      }
    }
    if (names.isEmpty()) {
      throw ApiProblem.invalidParameter(where + " has no 'name' value");
    }
    try {
      return new Prepared(names, QueryFeatures.of(dates, countries, identifiers), type);
    } catch (QueryFeatures.BadFeatureException e) {
      throw ApiProblem.invalidParameter(where + ": " + e.getMessage());
    }
  }

  private static PartyType schemaType(String schema, String where) {
    if (schema == null) {
      throw ApiProblem.invalidParameter(where + " needs a 'schema'");
    }
    switch (schema) {
      case "Person":
        return PartyType.INDIVIDUAL;
      case "Company", "Organization":
        return PartyType.ENTITY;
      case "Vessel":
        return PartyType.VESSEL;
      case "LegalEntity", "Thing":
        return PartyType.UNKNOWN;
      default:
        throw ApiProblem.invalidParameter(
            where
                + " has schema '"
                + schema
                + "'; expected Person, Company,"
                + " Organization, LegalEntity or Vessel");
    }
  }

  private Map<String, Object> answer(
      Prepared query,
      MatchQuery original,
      ScreeningFilter filter,
      double threshold,
      int limit,
      String algorithm) {
    Map<String, Match> best = new LinkedHashMap<>();
    double floor = Math.min(threshold, 0.5);
    for (String name : query.names()) {
      ScreeningQuery q =
          new ScreeningQuery(name, filter, floor, limit, query.features(), algorithm, query.type());
      for (Match match : lists.index().screen(q).matches()) {
        Match previous = best.get(match.party().id());
        if (previous == null || match.score() > previous.score()) {
          best.put(match.party().id(), match);
        }
      }
    }
    List<Match> ranked = new ArrayList<>(best.values());
    ranked.sort(
        (a, b) ->
            a.score() != b.score()
                ? Double.compare(b.score(), a.score())
                : a.party().id().compareTo(b.party().id()));
    List<Object> results = new ArrayList<>();
    for (Match match : ranked.subList(0, Math.min(limit, ranked.size()))) {
      results.add(result(match, threshold));
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("status", 200);
    response.put("results", results);
    response.put("total", Map.of("value", results.size(), "relation", "eq"));
    Map<String, Object> echo = new LinkedHashMap<>();
    echo.put("schema", original.schema());
    echo.put("properties", original.properties());
    response.put("query", echo);
    return response;
  }

  private static Map<String, Object> result(Match match, double threshold) {
    Party party = match.party();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("id", party.id());
    result.put("caption", party.primaryName());
    result.put("schema", schemaOf(party.type()));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("name", List.of(party.primaryName()));
    properties.put("alias", party.aliases());
    PartyFeatures f = party.features();
    properties.put("birthDate", f.birthDates().stream().map(d -> d.canonical()).toList());
    properties.put("nationality", f.nationalities());
    properties.put("citizenship", f.citizenships());
    properties.put("country", f.allCountries());
    properties.put("idNumber", f.identifiers().stream().map(PartyIdentifier::rawValue).toList());
    properties.put("program", party.programs());
    result.put("properties", properties);
    result.put("datasets", List.of(party.source().listId()));
    result.put("score", match.score());
    result.put("match", match.score() >= threshold);
    Map<String, Double> features = new LinkedHashMap<>();
    for (ScorePart part : match.explanation().parts()) {
      if (!part.id().equals("score")) {
        features.put(part.id(), part.value());
      }
    }
    result.put("features", features);
    Map<String, Object> explanations = new LinkedHashMap<>();
    explanations.put("scorer", match.explanation().scorerId());
    explanations.put("matchedName", match.matchedName());
    explanations.put(
        "pairs",
        match.explanation().pairs().stream()
            .map(
                p ->
                    Map.of(
                        "query",
                        p.queryToken(),
                        "candidate",
                        p.listToken(),
                        "similarity",
                        p.similarity(),
                        "method",
                        p.method()))
            .toList());
    explanations.put("unmatchedQueryTokens", match.explanation().unmatchedQueryTokens());
    explanations.put("unmatchedCandidateTokens", match.explanation().unmatchedListTokens());
    result.put("explanations", explanations);
    result.put("last_seen", party.source().listDate().map(Object::toString).orElse(null));
    return result;
  }

  private static String schemaOf(PartyType type) {
    return switch (type) {
      case INDIVIDUAL -> "Person";
      case ENTITY -> "Organization";
      case VESSEL -> "Vessel";
      case AIRCRAFT -> "Airplane";
      case UNKNOWN -> "LegalEntity";
    };
  }
}
