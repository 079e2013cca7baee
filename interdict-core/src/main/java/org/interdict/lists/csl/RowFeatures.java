package org.interdict.lists.csl;

import java.util.List;
import java.util.Locale;
import org.interdict.model.Address;
import org.interdict.model.IdentifierKind;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;

/**
 * The typed features of one CSL row: {@code dates_of_birth}, {@code nationalities}, {@code
 * citizenships}, the address countries and the {@code ids} column ({@code Type, Value, CC}; facts
 * that are no identifier, such as {@code Website} or {@code Target Type}, are left out). Stateless
 * and thread-safe.
 */
final class RowFeatures {
  private RowFeatures() {}

  static PartyFeatures of(
      CslRow row,
      List<Address> addresses,
      PartyType type,
      List<String> dates,
      List<String> nationalities,
      List<String> citizenships,
      List<String[]> ids) {
    PartyFeatures.Builder features = PartyFeatures.builder().addresses(addresses);
    dates.forEach(features::birthDate);
    nationalities.forEach(features::nationality);
    citizenships.forEach(features::citizenship);
    for (String[] id : ids) {
      String country = id.length == 3 ? id[2] : "";
      if (IdentifierKind.classify(id[0]) != IdentifierKind.OTHER || looksLikeNumber(id[0])) {
        features.identifier(id[0], id[1], country);
        if (type != PartyType.INDIVIDUAL
            && IdentifierKind.classify(id[0]) == IdentifierKind.REGISTRATION) {
          features.registrationCountry(country);
        }
      }
    }
    if (type == PartyType.VESSEL) {
      features.registrationCountry(row.get("vessel_flag"));
    }
    if (!row.get("call_sign").isEmpty()) {
      features.identifier("call-sign", row.get("call_sign"), "");
    }
    return features.build();
  }

  private static boolean looksLikeNumber(String label) {
    String t = label.toLowerCase(Locale.ROOT);
    return (t.contains("number") || t.contains(" no.") || t.endsWith(" id") || t.contains("code"))
        && !t.contains("date")
        && !t.contains("gazette");
  }
}
