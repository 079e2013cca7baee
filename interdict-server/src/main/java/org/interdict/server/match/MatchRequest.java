package org.interdict.server.match;

import java.util.Map;

/**
 * The body of {@code POST /match/{dataset}} as yente defines it: named queries, each an entity
 * example, and yente's optional {@code weights} and {@code config} for its algorithms (accepted
 * only empty here: Interdict's scorers have no tunable weights or settings per request).
 */
record MatchRequest(
    Map<String, MatchQuery> queries, Map<String, Double> weights, Map<String, Object> config) {}
