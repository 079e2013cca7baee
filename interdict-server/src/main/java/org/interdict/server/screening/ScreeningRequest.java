package org.interdict.server.screening;

import java.util.List;

/**
 * The options of a screening (docs/api.md): {@code name} is required for one name; every other
 * field may be null for its default. In a batch, {@code names} replaces {@code name}. {@code
 * birthDates}, {@code partyCountries} and {@code identifiers} ({@code TYPE:VALUE}) are features of
 * the screened party, weighed by the {@code scorer} ({@code entity-v1} by default), as is {@code
 * partyType} ({@code person} or {@code org}); {@code countries} and {@code types} stay filters.
 */
record ScreeningRequest(
    String name,
    Double minScore,
    Integer limit,
    List<String> lists,
    List<String> types,
    List<String> programs,
    List<String> countries,
    List<String> birthDates,
    List<String> partyCountries,
    List<String> identifiers,
    String partyType,
    String scorer) {
  /** A request with no features and the default scorer. */
  ScreeningRequest(
      String name,
      Double minScore,
      Integer limit,
      List<String> lists,
      List<String> types,
      List<String> programs,
      List<String> countries) {
    this(name, minScore, limit, lists, types, programs, countries, null, null, null, null, null);
  }
}
