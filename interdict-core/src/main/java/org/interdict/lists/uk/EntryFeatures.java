package org.interdict.lists.uk;

import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;

/**
 * The typed features of one UK designation: birth dates ({@code dd/mm/yyyy} with unknown parts),
 * nationalities, address countries, identifiers (passport, national id, IMO...) and, for ships, the
 * flag state as the country of registration. Stateless and thread-safe.
 */
final class EntryFeatures {
  private EntryFeatures() {}

  static PartyFeatures of(UkEntry entry, PartyType type) {
    PartyFeatures.Builder features = PartyFeatures.builder().addresses(entry.addresses());
    entry.birthDates().forEach(date -> features.birthDate(Dates.iso(date)));
    entry.nationalities().forEach(features::nationality);
    entry.identifiers().forEach(i -> features.identifier(i.type(), i.value(), i.country()));
    if (type == PartyType.VESSEL) {
      entry.flags().forEach(features::registrationCountry);
    }
    return features.build();
  }
}
