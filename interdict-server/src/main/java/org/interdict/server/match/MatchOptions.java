package org.interdict.server.match;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.screening.ScreeningFilter;
import org.interdict.screening.ScreeningQuery;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.Params;
import org.interdict.server.screening.ScreeningLists;

/**
 * The query parameters of {@code POST /match/{dataset}}, read as yente reads them: {@code
 * threshold}, {@code cutoff}, {@code limit}, {@code algorithm}, {@code include_dataset}, {@code
 * exclude_dataset}, {@code exclude_schema}, {@code exclude_entity_ids} (each repeatable where yente
 * repeats it) and {@code fuzzy} (accepted and without effect: it tuned yente's retrieval). {@code
 * topics} and {@code changed_since} are refused by name: list entries carry no topics or change
 * dates here. {@code filter} is empty when the parameters exclude every list or schema.
 */
record MatchOptions(
    double threshold,
    double cutoff,
    int limit,
    int candidates,
    String algorithm,
    Optional<ScreeningFilter> filter,
    Set<String> excludedIds) {
  static final int MAX_LIMIT = 500;
  static final int DEFAULT_LIMIT = 5;

  /** Results at or below this score are left out unless {@code cutoff} says otherwise. */
  static final double DEFAULT_CUTOFF = 0.5;

  static final int MAX_EXCLUDED_IDS = 50;
  private static final Set<String> REPEATABLE =
      Set.of("include_dataset", "exclude_dataset", "exclude_schema", "exclude_entity_ids");

  static MatchOptions read(Context ctx, String dataset, ScreeningLists lists) {
    Set<String> names = new LinkedHashSet<>(REPEATABLE);
    names.addAll(
        List.of("threshold", "cutoff", "limit", "algorithm", "fuzzy", "topics", "changed_since"));
    Params params = Params.of(ctx, names);
    if (!ctx.queryParams("topics").isEmpty()) {
      throw ApiProblem.invalidParameter(
          "query parameter 'topics' is not supported: Interdict's list entries carry no"
              + " FollowTheMoney topics (every entry is on a restricted-party list); choose lists"
              + " with the dataset path or include_dataset");
    }
    if (!ctx.queryParams("changed_since").isEmpty()) {
      throw ApiProblem.invalidParameter(
          "query parameter 'changed_since' is not supported: Interdict does not record when a"
              + " list entry last changed (see GET /api/v1/lists/diff)");
    }
    params
        .text("fuzzy")
        .map(v -> v.toLowerCase(Locale.ROOT))
        .filter(v -> !List.of("true", "false", "1", "0", "yes", "no", "on", "off").contains(v))
        .ifPresent(
            v -> {
              throw ApiProblem.invalidParameter(
                  "query parameter 'fuzzy' must be true or false, was '" + v + "'");
            });
    double threshold = params.decimal("threshold", ScreeningQuery.DEFAULT_MIN_SCORE, 0, 1);
    double cutoff = Math.min(params.decimal("cutoff", DEFAULT_CUTOFF, 0, 1), threshold);
    int limit = params.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    String algorithm = algorithm(params.text("algorithm"));
    Set<String> excludedIds = new LinkedHashSet<>(values(ctx, "exclude_entity_ids"));
    if (excludedIds.size() > MAX_EXCLUDED_IDS) {
      throw ApiProblem.invalidParameter(
          "query parameter 'exclude_entity_ids' is given "
              + excludedIds.size()
              + " times; at most "
              + MAX_EXCLUDED_IDS);
    }
    // as yente: ten candidates per result wanted, at least 20, at most 500 (or the limit)
    int candidates = Math.min(Math.max(20, limit * 10), Math.max(500, limit)) + excludedIds.size();
    Optional<ScreeningFilter> filter =
        filter(
            dataset,
            values(ctx, "include_dataset"),
            values(ctx, "exclude_dataset"),
            values(ctx, "exclude_schema"),
            lists);
    return new MatchOptions(threshold, cutoff, limit, candidates, algorithm, filter, excludedIds);
  }

  /** yente's spelling: case and spaces ignored, {@code best} is the default scorer. */
  private static String algorithm(Optional<String> given) {
    String algorithm = given.orElse("best").strip().toLowerCase(Locale.ROOT);
    if (algorithm.equals("best")) {
      return ScreeningQuery.DEFAULT_SCORER;
    }
    if (!ScreeningQuery.SCORERS.contains(algorithm)) {
      throw ApiProblem.invalidParameter(
          "invalid algorithm '"
              + given.orElse("")
              + "'; expected best or one of "
              + String.join(", ", ScreeningQuery.SCORERS)
              + " (GET /algorithms)");
    }
    return algorithm;
  }

  private static List<String> values(Context ctx, String name) {
    List<String> values = new ArrayList<>();
    for (String value : ctx.queryParams(name)) {
      if (value.isBlank()) {
        throw ApiProblem.invalidParameter("query parameter '" + name + "' is empty");
      }
      values.add(value.strip());
    }
    return values;
  }

  private static Optional<ScreeningFilter> filter(
      String dataset,
      List<String> include,
      List<String> exclude,
      List<String> excludeSchemas,
      ScreeningLists lists) {
    if (!isEveryList(dataset) && !lists.unknownListIds(List.of(dataset)).isEmpty()) {
      throw ApiProblem.notFound(
          "no such dataset '"
              + dataset
              + "'; expected default (or sanctions) or one of "
              + lists.infos().stream().map(i -> i.listId()).toList());
    }
    List<String> unknown = new ArrayList<>(lists.unknownListIds(include));
    unknown.addAll(lists.unknownListIds(exclude));
    if (!unknown.isEmpty()) {
      throw ApiProblem.invalidParameter(
          "unknown dataset(s) "
              + unknown
              + " in include_dataset or exclude_dataset; expected list ids among "
              + lists.infos().stream().map(i -> i.listId()).toList());
    }
    ScreeningFilter filter = ScreeningFilter.none();
    if (include.isEmpty() && exclude.isEmpty()) {
      if (!isEveryList(dataset)) {
        filter = filter.withListIds(Set.of(dataset));
      }
    } else {
      Set<String> selected = selectedSources(dataset, include, exclude, lists);
      if (selected.isEmpty()) {
        return Optional.empty();
      }
      filter = filter.withListIds(selected);
    }
    if (!excludeSchemas.isEmpty()) {
      Set<PartyType> types = EnumSet.allOf(PartyType.class);
      for (String schema : excludeSchemas) {
        types.remove(reportedType(schema));
      }
      if (types.isEmpty()) {
        return Optional.empty();
      }
      filter = filter.withTypes(types);
    }
    return Optional.of(filter);
  }

  /** The source list ids of the loaded parties that the dataset, includes and excludes select. */
  private static Set<String> selectedSources(
      String dataset, List<String> include, List<String> exclude, ScreeningLists lists) {
    Set<String> sources = new TreeSet<>();
    for (Party party : lists.parties()) {
      sources.add(party.source().listId());
    }
    Set<String> selected = new TreeSet<>();
    for (String source : sources) {
      boolean inDataset = isEveryList(dataset) || selects(source, List.of(dataset));
      boolean included = include.isEmpty() || selects(source, include);
      if (inDataset && included && !selects(source, exclude)) {
        selected.add(source);
      }
    }
    return selected;
  }

  /**
   * {@code default}, and {@code sanctions} (the collection yente's examples ask for): every list in
   * force, all of them restricted-party lists.
   */
  static boolean isEveryList(String dataset) {
    return dataset.equals("default") || dataset.equals("sanctions");
  }

  private static boolean selects(String source, List<String> wanted) {
    return wanted.stream()
        .anyMatch(w -> ScreeningFilter.listMatches(source, w.toLowerCase(Locale.ROOT)));
  }

  /** The party type of a schema as results report it (Person, Organization, ...). */
  private static PartyType reportedType(String schema) {
    for (PartyType type : PartyType.values()) {
      if (EntityExamples.schemaOf(type).equals(schema)) {
        return type;
      }
    }
    throw ApiProblem.invalidParameter(
        "exclude_schema '"
            + schema
            + "' is not a schema results have; expected Person, Organization (also for"
            + " companies), Vessel, Airplane or LegalEntity");
  }
}
