package org.interdict.server.match;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interdict.InvalidValueException;
import org.interdict.model.BirthDate;
import org.interdict.model.Countries;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.interdict.screening.QueryFeatures;

/**
 * Reads yente entity examples ({@code {"id", "schema", "properties"}}) into what the screening
 * index takes: the names to screen, the features the entity scorer weighs and the party type, plus
 * the example as read (yente's parsed {@code query}: countries as lower-case ISO codes, dates in
 * their canonical form). Rejects an unknown schema, a name that is no FollowTheMoney property
 * ({@link FtmProperties}), or an unreadable value, naming it ({@link InvalidValueException}: 400
 * {@code invalid-parameter}). Stateless and thread-safe.
 */
final class EntityExamples {
  static final Set<String> NAME_PROPERTIES = Set.of("name", "alias", "weakAlias", "previousName");

  /**
   * FollowTheMoney's name parts, joined in this order into a name when an example has no {@code
   * name} (as yente does).
   */
  static final List<String> NAME_PARTS =
      List.of("firstName", "secondName", "middleName", "fatherName", "lastName");

  static final Set<String> COUNTRY_PROPERTIES =
      Set.of("nationality", "citizenship", "country", "jurisdiction", "mainCountry", "flag");

  /** FollowTheMoney identifier properties and the identifier kind each is compared as. */
  static final Map<String, String> IDENTIFIER_PROPERTIES =
      Map.ofEntries(
          Map.entry("idNumber", "other"),
          Map.entry("passportNumber", "passport"),
          Map.entry("socialSecurityNumber", "national-id"),
          Map.entry("taxNumber", "tax-id"),
          Map.entry("registrationNumber", "registration"),
          Map.entry("imoNumber", "imo"),
          Map.entry("mmsi", "mmsi"),
          Map.entry("swiftBic", "swift-bic"),
          Map.entry("leiCode", "lei"),
          Map.entry("innCode", "tax-id"),
          Map.entry("ogrnCode", "registration"),
          Map.entry("vatCode", "tax-id"),
          Map.entry("callSign", "call-sign"));

  private static final int MAX_NAME_CHARS = 1000;

  private EntityExamples() {}

  /** One example as read: what to screen and the example as yente echoes it. */
  record Example(
      List<String> names, PartyFeatures features, PartyType type, Map<String, Object> echo) {}

  static Example read(String key, MatchQuery query) {
    String where = "'queries." + key + "'";
    if (query == null || query.properties() == null) {
      throw new InvalidValueException(where + " needs 'schema' and 'properties'");
    }
    PartyType type = schemaType(query.schema(), where);
    List<String> names = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<String> identifiers = new ArrayList<>();
    Map<String, List<String>> nameParts = new LinkedHashMap<>();
    Map<String, List<String>> read = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> property : query.properties().entrySet()) {
      String name = property.getKey();
      List<String> values = values(where + ".properties." + name, property.getValue());
      List<String> echoed = new ArrayList<>();
      for (String value : values) {
        if (NAME_PROPERTIES.contains(name)) {
          String kept =
              value.length() > MAX_NAME_CHARS ? value.substring(0, MAX_NAME_CHARS) : value;
          names.add(kept);
          echoed.add(kept);
        } else if (NAME_PARTS.contains(name)) {
          nameParts.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
          echoed.add(value);
        } else if (name.equals("birthDate")) {
          dates.add(value);
          echoed.add(BirthDate.parse(value).map(BirthDate::canonical).orElse(value));
        } else if (COUNTRY_PROPERTIES.contains(name)) {
          java.util.Optional<String> weighed = ftmCountry(value);
          weighed.ifPresent(countries::add);
          echoed.add(
              weighed
                  .flatMap(Countries::code)
                  .map(c -> c.toLowerCase(Locale.ROOT))
                  .orElse(value.toLowerCase(Locale.ROOT)));
        } else if (IDENTIFIER_PROPERTIES.containsKey(name)) {
          identifiers.add(IDENTIFIER_PROPERTIES.get(name) + ":" + value);
          echoed.add(value);
        } else if (FtmProperties.NAMES.contains(name)) {
          echoed.add(value);
        } else {
          throw unknownProperty(where, name);
        }
      }
      if (!values.isEmpty()) {
        read.put(name, echoed);
      }
    }
    if (names.isEmpty()) {
      joinedNameParts(nameParts).ifPresent(names::add);
    }
    if (names.isEmpty()) {
      throw new InvalidValueException(
          where + " has no 'name' value (nor " + String.join(", ", NAME_PARTS) + ")");
    }
    PartyFeatures features;
    try {
      features = QueryFeatures.of(dates, countries, identifiers);
    } catch (QueryFeatures.BadFeatureException e) {
      throw new InvalidValueException(where + ": " + e.getMessage(), e);
    }
    Map<String, Object> echo = new LinkedHashMap<>();
    echo.put("id", query.id());
    echo.put("schema", query.schema());
    echo.put("properties", read);
    return new Example(names, features, type, echo);
  }

  /**
   * FollowTheMoney's country codes that are no ISO 3166 code: former states and groupings, accepted
   * and not weighed (no list writes them as a country of a party today).
   */
  static final Set<String> FTM_FORMER_OR_GROUPS =
      Set.of("suhh", "cshh", "csxx", "yucs", "ddde", "zz", "eu");

  /**
   * The country text to weigh: as given when {@link Countries} reads it; FollowTheMoney's {@code
   * xk} as Kosovo and a territory code such as {@code ua-cri} or {@code ge-ab} as its country (as
   * Countries reads "Crimea"); empty for {@link #FTM_FORMER_OR_GROUPS}. Anything else is returned
   * as given, for the feature reader to refuse by name.
   */
  static java.util.Optional<String> ftmCountry(String value) {
    String code = value.strip().toLowerCase(Locale.ROOT);
    if (Countries.code(value).isPresent()) {
      return java.util.Optional.of(value);
    }
    if (code.equals("xk")) {
      return java.util.Optional.of("Kosovo");
    }
    if (FTM_FORMER_OR_GROUPS.contains(code)) {
      return java.util.Optional.empty();
    }
    int dash = code.indexOf('-');
    if (dash > 0 && Countries.code(code.substring(0, dash)).isPresent()) {
      return java.util.Optional.of(code.substring(0, dash));
    }
    return java.util.Optional.of(value);
  }

  /** A property's values: a string, a number or a list of them; blank values are dropped. */
  private static List<String> values(String where, JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        addScalar(where, element, values);
      }
    } else {
      addScalar(where, node, values);
    }
    return values;
  }

  private static void addScalar(String where, JsonNode node, List<String> values) {
    if (node.isNull()) {
      return;
    }
    if (!node.isValueNode()) {
      throw new InvalidValueException(
          where
              + " holds "
              + node.getNodeType().name().toLowerCase(Locale.ROOT)
              + " values; expected a string or a list of strings");
    }
    String text = node.asText().strip();
    if (!text.isEmpty()) {
      values.add(text);
    }
  }

  private static java.util.Optional<String> joinedNameParts(Map<String, List<String>> parts) {
    List<String> words = new ArrayList<>();
    for (String part : NAME_PARTS) {
      words.addAll(parts.getOrDefault(part, List.of()));
    }
    return words.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(String.join(" ", words));
  }

  private static InvalidValueException unknownProperty(String where, String name) {
    return new InvalidValueException(
        where
            + " has property '"
            + name
            + "', which is no FollowTheMoney property of a matchable schema; weighed: "
            + String.join(", ", new java.util.TreeSet<>(NAME_PROPERTIES))
            + ", "
            + String.join(", ", NAME_PARTS)
            + ", birthDate, "
            + String.join(", ", new java.util.TreeSet<>(COUNTRY_PROPERTIES))
            + ", "
            + String.join(", ", new java.util.TreeSet<>(IDENTIFIER_PROPERTIES.keySet()))
            + "; the other properties of Thing, LegalEntity, Person, Organization, Company,"
            + " PublicBody, Vessel and Airplane are accepted and not weighed");
  }

  /** The party type a query schema stands for. */
  static PartyType schemaType(String schema, String where) {
    if (schema == null) {
      throw new InvalidValueException(where + " needs a 'schema'");
    }
    switch (schema) {
      case "Person":
        return PartyType.INDIVIDUAL;
      case "Company", "Organization", "PublicBody":
        return PartyType.ENTITY;
      case "Vessel":
        return PartyType.VESSEL;
      case "Airplane":
        return PartyType.AIRCRAFT;
      case "LegalEntity", "Thing":
        return PartyType.UNKNOWN;
      default:
        throw new InvalidValueException(
            where
                + " has schema '"
                + schema
                + "'; expected Person, Company, Organization, PublicBody, LegalEntity, Vessel,"
                + " Airplane or Thing");
    }
  }

  /** The FollowTheMoney schema a result of this party type is reported as. */
  static String schemaOf(PartyType type) {
    return switch (type) {
      case INDIVIDUAL -> "Person";
      case ENTITY -> "Organization";
      case VESSEL -> "Vessel";
      case AIRCRAFT -> "Airplane";
      case UNKNOWN -> "LegalEntity";
    };
  }
}
