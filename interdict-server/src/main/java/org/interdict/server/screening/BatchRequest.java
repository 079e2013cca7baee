package org.interdict.server.screening;

import java.util.List;

/**
 * {@code POST /api/v1/screen/batch}: up to 1,000 names with ids, and the options of {@link
 * ScreeningRequest}.
 */
record BatchRequest(
    List<NamedQuery> names,
    Double minScore,
    Integer limit,
    List<String> lists,
    List<String> types,
    List<String> programs,
    List<String> countries,
    String partyType,
    String scorer) {
  ScreeningRequest options() {
    return new ScreeningRequest(
        null, minScore, limit, lists, types, programs, countries, null, null, null, partyType,
        scorer);
  }
}
