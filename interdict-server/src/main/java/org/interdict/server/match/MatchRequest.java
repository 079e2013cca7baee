package org.interdict.server.match;

import java.util.Map;

/**
 * The body of {@code POST /match/{dataset}} as yente defines it: named queries, each an entity
 * example.
 */
record MatchRequest(Map<String, MatchQuery> queries) {}
