package org.interdict.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON answer against yente's response models, field by field, as a yente client's
 * pydantic models would parse it (yente {@code yente/data/common.py}: {@code EntityMatchResponse},
 * {@code EntityMatches}, {@code ScoredEntityResponse}, {@code TotalSpec}, {@code EntityExample},
 * {@code AlgorithmResponse}; nomenklatura {@code FeatureResult}, {@code FeatureDoc}, {@code
 * AlgorithmDocs}). Required fields must be present with their types; fields with defaults may be
 * absent; extra fields are allowed (pydantic ignores them). Timestamps use yente's wire format
 * (seconds, no zone). Each failure names the JSON path.
 */
final class YenteModel {
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");

  private YenteModel() {}

  /**
   * {@code EntityMatchResponse}: {@code responses: dict[str, EntityMatches]}, {@code limit: int}.
   */
  static void assertMatchResponse(JsonNode body) {
    object(body, "$");
    integer(required(body, "limit", "$"), "$.limit");
    JsonNode responses = object(required(body, "responses", "$"), "$.responses");
    responses
        .fields()
        .forEachRemaining(e -> assertMatches(e.getValue(), "$.responses." + e.getKey()));
  }

  /** {@code EntityMatches}: status, results, total, query. */
  static void assertMatches(JsonNode matches, String at) {
    object(matches, at);
    if (matches.has("status")) {
      integer(matches.get("status"), at + ".status");
    }
    JsonNode results = array(required(matches, "results", at), at + ".results");
    for (int i = 0; i < results.size(); i++) {
      assertScoredEntity(results.get(i), at + ".results[" + i + "]");
    }
    JsonNode total = object(required(matches, "total", at), at + ".total");
    integer(required(total, "value", at + ".total"), at + ".total.value");
    if (total.has("relation")) {
      text(total.get("relation"), at + ".total.relation");
    }
    assertExample(required(matches, "query", at), at + ".query");
  }

  /** {@code EntityExample}: optional id, schema, properties of strings or lists. */
  static void assertExample(JsonNode example, String at) {
    object(example, at);
    optionalText(example.get("id"), at + ".id");
    text(required(example, "schema", at), at + ".schema");
    fields(
        object(required(example, "properties", at), at + ".properties"),
        at + ".properties",
        (where, value) -> {
          if (!value.isTextual() && !value.isArray()) {
            throw new AssertionError(where + " is neither a string nor a list: " + value);
          }
        });
  }

  /** {@code ScoredEntityResponse}: the entity fields plus score, match and explanations. */
  static void assertScoredEntity(JsonNode entity, String at) {
    object(entity, at);
    text(required(entity, "id", at), at + ".id");
    text(required(entity, "caption", at), at + ".caption");
    text(required(entity, "schema", at), at + ".schema");
    fields(
        object(required(entity, "properties", at), at + ".properties"),
        at + ".properties",
        (where, values) -> array(values, where).forEach(v -> text(v, where + "[]")));
    for (String list : new String[] {"datasets", "referents"}) {
      if (entity.has(list)) {
        array(entity.get(list), at + "." + list).forEach(v -> text(v, at + "." + list + "[]"));
      }
    }
    if (entity.has("target")) {
      bool(entity.get("target"), at + ".target");
    }
    for (String time : new String[] {"first_seen", "last_seen", "last_change"}) {
      JsonNode value = entity.get(time);
      if (value != null && !value.isNull()) {
        text(value, at + "." + time);
        if (!TIMESTAMP.matcher(value.asText()).matches()) {
          throw new AssertionError(at + "." + time + " is not YYYY-MM-DDThh:mm:ss: " + value);
        }
      }
    }
    if (entity.has("score")) {
      number(entity.get("score"), at + ".score");
    }
    bool(required(entity, "match", at), at + ".match");
    fields(
        object(required(entity, "explanations", at), at + ".explanations"),
        at + ".explanations",
        (where, feature) -> {
          object(feature, where);
          optionalText(required(feature, "detail", where), where + ".detail");
          number(required(feature, "score", where), where + ".score");
          optionalText(feature.get("query"), where + ".query");
          optionalText(feature.get("candidate"), where + ".candidate");
        });
  }

  /** {@code AlgorithmResponse}: algorithms (name, description, features, docs), default, best. */
  static void assertAlgorithmResponse(JsonNode body) {
    object(body, "$");
    text(required(body, "default", "$"), "$.default");
    text(required(body, "best", "$"), "$.best");
    JsonNode algorithms = array(required(body, "algorithms", "$"), "$.algorithms");
    for (int i = 0; i < algorithms.size(); i++) {
      String at = "$.algorithms[" + i + "]";
      JsonNode algorithm = object(algorithms.get(i), at);
      text(required(algorithm, "name", at), at + ".name");
      optionalText(algorithm.get("description"), at + ".description");
      featureDocs(required(algorithm, "features", at), at + ".features");
      JsonNode docs = object(required(algorithm, "docs", at), at + ".docs");
      text(required(docs, "name", at + ".docs"), at + ".docs.name");
      optionalText(docs.get("description"), at + ".docs.description");
      object(required(docs, "config", at + ".docs"), at + ".docs.config");
      featureDocs(required(docs, "features", at + ".docs"), at + ".docs.features");
    }
  }

  private static void featureDocs(JsonNode features, String at) {
    fields(
        object(features, at),
        at,
        (where, doc) -> {
          object(doc, where);
          optionalText(required(doc, "description", where), where + ".description");
          number(required(doc, "coefficient", where), where + ".coefficient");
          text(required(doc, "url", where), where + ".url");
        });
  }

  /** Checks each field of an object, given its path ({@code at.name}) and value. */
  private static void fields(
      JsonNode object, String at, java.util.function.BiConsumer<String, JsonNode> check) {
    Iterator<Map.Entry<String, JsonNode>> it = object.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> field = it.next();
      check.accept(at + "." + field.getKey(), field.getValue());
    }
  }

  /** yente's {@code ErrorResponse}: a string {@code detail}. */
  static void assertError(JsonNode body) {
    text(required(object(body, "$"), "detail", "$"), "$.detail");
  }

  /**
   * The keys yente pins on every entity of a response (its tests' {@code REQUIRED_ENTITY_KEYS}).
   */
  static final Set<String> ENTITY_KEYS =
      Set.of(
          "id",
          "caption",
          "schema",
          "properties",
          "datasets",
          "referents",
          "target",
          "first_seen",
          "last_seen",
          "last_change");

  private static JsonNode required(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new AssertionError(at + "." + field + " is missing in " + abbreviate(node));
    }
    return value;
  }

  private static JsonNode object(JsonNode node, String at) {
    if (!node.isObject()) {
      throw new AssertionError(at + " is not an object: " + abbreviate(node));
    }
    return node;
  }

  private static JsonNode array(JsonNode node, String at) {
    if (!node.isArray()) {
      throw new AssertionError(at + " is not a list: " + abbreviate(node));
    }
    return node;
  }

  private static void text(JsonNode node, String at) {
    if (!node.isTextual()) {
      throw new AssertionError(at + " is not a string: " + abbreviate(node));
    }
  }

  private static void optionalText(JsonNode node, String at) {
    if (node != null && !node.isNull()) {
      text(node, at);
    }
  }

  private static void integer(JsonNode node, String at) {
    if (!node.isIntegralNumber()) {
      throw new AssertionError(at + " is not an integer: " + abbreviate(node));
    }
  }

  private static void number(JsonNode node, String at) {
    if (!node.isNumber()) {
      throw new AssertionError(at + " is not a number: " + abbreviate(node));
    }
  }

  private static void bool(JsonNode node, String at) {
    if (!node.isBoolean()) {
      throw new AssertionError(at + " is not a boolean: " + abbreviate(node));
    }
  }

  private static String abbreviate(JsonNode node) {
    String text = String.valueOf(node);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
