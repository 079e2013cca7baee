package org.interdict.lists.curated;

import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;

/**
 * The typed features of a curated entry: address countries, and its {@code countries} as
 * nationality for a person or country of registration for an organization (the curated file lists
 * vendors by where they are incorporated). Stateless and thread-safe.
 */
final class EntryFeatures {
  private EntryFeatures() {}

  static PartyFeatures of(CuratedEntry entry, PartyType type) {
    PartyFeatures.Builder features = PartyFeatures.builder().addresses(entry.addresses());
    for (String country : entry.countries()) {
      if (type == PartyType.INDIVIDUAL) {
        features.nationality(country);
      } else {
        features.registrationCountry(country);
      }
    }
    return features.build();
  }
}
