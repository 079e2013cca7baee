package org.interdict.server.screening;

import java.util.List;

/**
 * The options of a screening (docs/api.md): {@code name} is required for one name; every other field may be
 * null for its default. In a batch, {@code names} replaces {@code name}. {@code birthDates},
 * {@code partyCountries} and {@code identifiers} ({@code TYPE:VALUE}) are features of the screened party, weighed
 * by the {@code scorer} ({@code entity-v1} by default), as is {@code partyType} ({@code person} or {@code org});
 * {@code countries} and {@code types} stay filters.
 */
record ScreeningRequest(
    String name, Double minScore, Integer limit, List<String> lists, List<String> types, List<String> programs,
    List<String> countries, List<String> birthDates, List<String> partyCountries, List<String> identifiers,
    String partyType, String scorer) {
  /** A request with no features and the default scorer. */
  ScreeningRequest(String name, Double minScore, Integer limit, List<String> lists, List<String> types,
      List<String> programs, List<String> countries) {
    this(name, minScore, limit, lists, types, programs, countries, null, null, null, null, null);
  }
}

/** {@code POST /api/v1/screen/batch}: up to 1,000 names with ids, and the options of {@link ScreeningRequest}. */
record BatchRequest(
    List<NamedQuery> names, Double minScore, Integer limit, List<String> lists, List<String> types,
    List<String> programs, List<String> countries, String partyType, String scorer) {
  ScreeningRequest options() {
    return new ScreeningRequest(null, minScore, limit, lists, types, programs, countries, null, null, null,
        partyType, scorer);
  }
}

/** One name of a batch with the caller's id for it and, optionally, the screened party's features. */
record NamedQuery(
    String id, String name, List<String> birthDates, List<String> partyCountries, List<String> identifiers) {}
