package org.interdict.server.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interdict.model.Address;
import org.interdict.model.BirthDate;
import org.interdict.model.Gender;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyIdentifier;
import org.interdict.screening.Explanation;
import org.interdict.screening.Match;
import org.interdict.screening.ScorePart;
import org.interdict.screening.ScorePartId;
import org.interdict.screening.ScreeningQuery;

/**
 * One scored party as yente's {@code ScoredEntityResponse}: the entity fields ({@code id}, {@code
 * caption}, {@code schema}, {@code properties} as FollowTheMoney lists of strings, {@code
 * datasets}, {@code referents}, {@code target}, {@code first_seen}, {@code last_seen}, {@code
 * last_change}), {@code score}, {@code match} and {@code explanations} (one {@code {detail, score,
 * query, candidate}} per score part), then Interdict's {@code features} (part id to value, the
 * shape yente used before 2026) and {@code alignment} (the aligned tokens). Stateless.
 */
final class MatchResults {
  /** The parts that weigh a feature rather than the names; their explanation names no values. */
  private static final Set<String> FEATURE_PARTS =
      ScreeningQuery.partIdsOf(ScreeningQuery.DEFAULT_SCORER).stream()
          .filter(part -> part.kind() == ScorePartId.Kind.FEATURE)
          .map(ScorePartId::id)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private MatchResults() {}

  static Map<String, Object> of(Match match, String queryName, double threshold) {
    Party party = match.party();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("id", party.id());
    result.put("caption", party.primaryName());
    result.put("schema", EntityExamples.schemaOf(party.type()));
    result.put("properties", properties(party));
    result.put("datasets", List.of(party.source().listId()));
    result.put("referents", List.of());
    result.put("target", true);
    result.put("first_seen", null);
    result.put("last_seen", party.source().listDate().map(MatchResults::timestamp).orElse(null));
    result.put("last_change", null);
    result.put("score", match.score());
    result.put("match", match.score() >= threshold);
    Explanation explanation = match.explanation();
    Map<String, Object> explanations = new LinkedHashMap<>();
    Map<String, Double> features = new LinkedHashMap<>();
    for (ScorePart part : explanation.parts()) {
      if (part.id().equals(ScorePartId.FINAL_SCORE)) {
        continue;
      }
      features.put(part.id(), part.value());
      Map<String, Object> feature = new LinkedHashMap<>();
      feature.put("detail", ScorePartDocs.describe(part.id()));
      feature.put("score", part.value());
      boolean namePart = !FEATURE_PARTS.contains(part.id());
      feature.put("query", namePart ? queryName : null);
      feature.put("candidate", namePart ? match.matchedName() : null);
      explanations.put(part.id(), feature);
    }
    result.put("explanations", explanations);
    result.put("features", features);
    result.put("alignment", alignment(match));
    return result;
  }

  private static Map<String, Object> alignment(Match match) {
    Explanation explanation = match.explanation();
    Map<String, Object> alignment = new LinkedHashMap<>();
    alignment.put("scorer", explanation.scorerId());
    alignment.put("matchedName", match.matchedName());
    List<Object> pairs = new ArrayList<>();
    explanation
        .pairs()
        .forEach(
            p -> {
              Map<String, Object> pair = new LinkedHashMap<>();
              pair.put("query", p.queryToken());
              pair.put("candidate", p.listToken());
              pair.put("similarity", p.similarity());
              pair.put("method", p.method());
              pairs.add(pair);
            });
    alignment.put("pairs", pairs);
    alignment.put("unmatchedQueryTokens", explanation.unmatchedQueryTokens());
    alignment.put("unmatchedCandidateTokens", explanation.unmatchedListTokens());
    return alignment;
  }

  /** yente's wire format for entity timestamps: seconds, no zone ({@code 2026-02-27T00:00:00}). */
  static String timestamp(LocalDate date) {
    return date + "T00:00:00";
  }

  /**
   * The party's facts as FollowTheMoney properties of its reported schema; empty properties are
   * left out, as FtM does. An identifier whose property the schema lacks is written as {@code
   * idNumber} (or {@code registrationNumber} for vessels and aircraft); nationalities of a party
   * that is no person are in {@code country}.
   */
  static Map<String, List<String>> properties(Party party) {
    Set<String> valid = FtmProperties.OF_RESULT_SCHEMA.get(EntityExamples.schemaOf(party.type()));
    Map<String, List<String>> properties = new LinkedHashMap<>();
    PartyFeatures f = party.features();
    List<String> dates = new ArrayList<>();
    for (BirthDate date : f.birthDates()) {
      dates.addAll(ftmDates(date));
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("name", List.of(party.primaryName()));
    values.put("alias", party.aliases());
    values.put("birthDate", dates.stream().distinct().toList());
    values.put("nationality", lower(f.nationalities()));
    values.put("citizenship", lower(f.citizenships()));
    values.put("country", lower(f.allCountries()));
    values.put("gender", f.gender() == Gender.UNKNOWN ? List.of() : List.of(f.gender().id()));
    values.put("address", party.addresses().stream().map(MatchResults::address).toList());
    values.forEach(
        (name, list) -> {
          List<String> present = list.stream().filter(v -> !v.isBlank()).toList();
          if (valid.contains(name) && !present.isEmpty()) {
            properties.put(name, present);
          }
        });
    for (PartyIdentifier identifier : f.identifiers()) {
      String property = identifierProperty(identifier);
      if (!valid.contains(property)) {
        property = valid.contains("idNumber") ? "idNumber" : "registrationNumber";
      }
      properties.computeIfAbsent(property, p -> new ArrayList<>()).add(identifier.rawValue());
    }
    if (!party.programs().isEmpty()) {
      properties.put("program", party.programs());
    }
    return properties;
  }

  private static List<String> lower(List<String> codes) {
    return codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * FollowTheMoney dates are ISO prefixes: a range gives its first and last year, a circa year its
   * year.
   */
  private static List<String> ftmDates(BirthDate date) {
    if (date.fromYear() != date.toYear()) {
      return List.of(String.valueOf(date.fromYear()), String.valueOf(date.toYear()));
    }
    String canonical = date.canonical();
    return List.of(canonical.startsWith("~") ? canonical.substring(1) : canonical);
  }

  private static String address(Address address) {
    List<String> parts = new ArrayList<>();
    for (String part :
        List.of(
            address.street(),
            address.city(),
            address.region(),
            address.postalCode(),
            address.country())) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return String.join(", ", parts);
  }

  /** The FollowTheMoney property an identifier kind is written to. */
  static String identifierProperty(PartyIdentifier identifier) {
    return switch (identifier.kind()) {
      case PASSPORT -> "passportNumber";
      case TAX_ID -> "taxNumber";
      case REGISTRATION, AIRCRAFT -> "registrationNumber";
      case IMO -> "imoNumber";
      case MMSI -> "mmsi";
      case SWIFT_BIC -> "swiftBic";
      case LEI -> "leiCode";
      case CALL_SIGN -> "callSign";
      case NATIONAL_ID, CRYPTO_ADDRESS, OTHER -> "idNumber";
    };
  }
}
