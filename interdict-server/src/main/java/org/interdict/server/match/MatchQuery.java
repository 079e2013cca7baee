package org.interdict.server.match;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One entity example: an optional caller id (echoed), a FollowTheMoney schema and its properties,
 * each a string or a list of strings (numbers are read as their text).
 */
record MatchQuery(String id, String schema, Map<String, JsonNode> properties) {}
