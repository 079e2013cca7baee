package org.interdict.ownership;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interdict.InterdictException;

/**
 * The ownership rules as data: the bundled {@value #RESOURCE} (ids {@code ofac-50-percent}, {@code
 * bis-affiliates-50-percent}, {@code prohibited-vendor-affiliate}) or a site's own copy. Immutable.
 */
public record OwnershipRules(String version, List<OwnershipRule> rules) {
  static final String RESOURCE = "/org/interdict/ownership/rules.yaml";
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public OwnershipRules {
    rules = List.copyOf(rules);
  }

  /** The rules bundled in the jar. */
  public static OwnershipRules bundled() {
    try (InputStream in = OwnershipRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new InterdictException(
            "bundled ownership rules " + RESOURCE + " are missing from the jar");
      }
      return parse(YAML.readTree(in), "classpath:" + RESOURCE);
    } catch (IOException e) {
      throw new InterdictException(
          "cannot read bundled ownership rules " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** The rule with this id. */
  public Optional<OwnershipRule> rule(String id) {
    return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }

  static OwnershipRules parse(JsonNode root, String where) {
    List<OwnershipRule> rules = new ArrayList<>();
    for (JsonNode rule : root.path("rules")) {
      String id = rule.path("id").asText();
      try {
        List<String> citations = new ArrayList<>();
        rule.path("citations").forEach(c -> citations.add(c.asText()));
        List<OwnershipRule.Seed> seeds = new ArrayList<>();
        for (JsonNode seed : rule.path("seeds")) {
          seeds.add(
              new OwnershipRule.Seed(
                  required(seed, "list"), optional(seed, "program"), optional(seed, "type")));
        }
        List<OwnershipRule.Period> periods = new ArrayList<>();
        for (JsonNode period : rule.path("in_force")) {
          periods.add(
              new OwnershipRule.Period(
                  LocalDate.parse(required(period, "from")),
                  optional(period, "to").map(LocalDate::parse)));
        }
        rules.add(
            new OwnershipRule(
                id,
                required(rule, "title"),
                OwnershipRule.Method.fromId(required(rule, "method")),
                rule.path("threshold_percent").asDouble(50),
                citations,
                seeds,
                periods));
      } catch (RuntimeException e) {
        throw new InterdictException(
            "ownership rule '" + id + "' in " + where + " is invalid: " + e.getMessage(), e);
      }
    }
    return new OwnershipRules(root.path("version").asText(""), rules);
  }

  private static String required(JsonNode node, String field) {
    if (!node.hasNonNull(field)) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return node.get(field).asText();
  }

  private static Optional<String> optional(JsonNode node, String field) {
    return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
  }
}
