package org.interdict.screening;

import java.util.List;
import java.util.Optional;
import org.interdict.model.BirthDate;
import org.interdict.model.Countries;
import org.interdict.model.IdentifierKind;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;

/**
 * Turns the features a caller gives with a query (the CLI's {@code --dob}, {@code --party-country},
 * {@code --identifier TYPE:VALUE} and batch columns, the server's JSON fields) into {@link
 * PartyFeatures}. Rejects what it cannot read rather than screening as if the feature were absent.
 * Stateless and thread-safe.
 */
public final class QueryFeatures {
  private QueryFeatures() {}

  /** Thrown for an unreadable feature value; the message names the value and what was expected. */
  public static final class BadFeatureException extends org.interdict.InvalidValueException {
    BadFeatureException(String message) {
      super(message);
    }
  }

  public static PartyFeatures of(
      List<String> dobs, List<String> countries, List<String> identifiers) {
    PartyFeatures.Builder features = PartyFeatures.builder();
    for (String dob : dobs) {
      if (BirthDate.parse(dob).isEmpty()) {
        throw new BadFeatureException(
            "birth date '"
                + dob
                + "' is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY,"
                + " DD/MM/YYYY, '19 Jun 1951', 'circa 1960' or '1960 to 1965'");
      }
      features.birthDate(dob);
    }
    for (String country : countries) {
      if (Countries.code(country).isEmpty()) {
        throw new BadFeatureException(
            "country '"
                + country
                + "' is unknown; expected an ISO 3166 code (RU, RUS)"
                + " or an English country name");
      }
      features.nationality(country);
    }
    for (String identifier : identifiers) {
      int colon = identifier.indexOf(':');
      if (colon <= 0 || colon == identifier.length() - 1) {
        throw new BadFeatureException(
            "identifier '"
                + identifier
                + "' is not TYPE:VALUE (for example"
                + " passport:1084010)");
      }
      try {
        IdentifierKind kind = IdentifierKind.fromId(identifier.substring(0, colon));
        features.identifier(kind.id(), identifier.substring(colon + 1), "");
      } catch (IllegalArgumentException e) {
        throw new BadFeatureException(e.getMessage());
      }
    }
    return features.build();
  }

  /**
   * What a screened party is: {@code person} (or {@code individual}, FollowTheMoney's {@code
   * Person}) or {@code org} ({@code organization}, {@code company}, {@code legalentity}, {@code
   * entity}).
   */
  public static PartyType partyType(String text) {
    switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "person", "individual":
        return PartyType.INDIVIDUAL;
      case "org", "organization", "organisation", "company", "legalentity", "entity":
        return PartyType.ENTITY;
      case "vessel":
        return PartyType.VESSEL;
      default:
        throw new BadFeatureException(
            "party type '" + text + "' is unknown; expected person or org");
    }
  }

  /** The features of one batch row's cells ("" cells are absent); empty cells give no feature. */
  public static PartyFeatures ofCells(
      Optional<String> dob, Optional<String> country, Optional<String> identifier) {
    return of(present(dob), present(country), present(identifier));
  }

  private static List<String> present(Optional<String> cell) {
    return cell.map(String::strip).filter(text -> !text.isEmpty()).map(List::of).orElse(List.of());
  }
}
