package org.interdict.server.match;

import java.util.List;
import java.util.Map;

/** One entity example: a FollowTheMoney schema and its properties, each a list of values. */
record MatchQuery(String schema, Map<String, List<String>> properties) {}
