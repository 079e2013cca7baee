package org.interdict.server.match;

import java.util.List;
import java.util.Map;

/** The body of {@code POST /match/{dataset}} as yente defines it: named queries, each an entity example. */
record MatchRequest(Map<String, MatchQuery> queries) {}

/** One entity example: a FollowTheMoney schema and its properties, each a list of values. */
record MatchQuery(String schema, Map<String, List<String>> properties) {}
