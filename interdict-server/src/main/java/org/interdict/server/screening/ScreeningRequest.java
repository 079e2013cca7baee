package org.interdict.server.screening;

import java.util.List;

/**
 * The options of a screening (docs/api.md): {@code name} is required for one name; every other field may be
 * null for its default. In a batch, {@code names} replaces {@code name}.
 */
record ScreeningRequest(
    String name, Double minScore, Integer limit, List<String> lists, List<String> types, List<String> programs,
    List<String> countries) {}

/** {@code POST /api/v1/screen/batch}: up to 1,000 names with ids, and the options of {@link ScreeningRequest}. */
record BatchRequest(
    List<NamedQuery> names, Double minScore, Integer limit, List<String> lists, List<String> types,
    List<String> programs, List<String> countries) {
  ScreeningRequest options() {
    return new ScreeningRequest(null, minScore, limit, lists, types, programs, countries);
  }
}

/** One name of a batch with the caller's id for it. */
record NamedQuery(String id, String name) {}
