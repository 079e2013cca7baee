package org.interdict.lists.eu;

import org.interdict.model.PartyFeatures;

/**
 * The typed features of one EU FSF entry: birth dates (ISO, year-month, year, {@code circa}),
 * citizenships, address countries and identifications with their issuing country. Stateless and
 * thread-safe.
 */
final class EntryFeatures {
  private EntryFeatures() {}

  static PartyFeatures of(EuEntry entry) {
    PartyFeatures.Builder features = PartyFeatures.builder().addresses(entry.addresses());
    entry.birthDates().forEach(features::birthDate);
    entry.citizenships().forEach(features::citizenship);
    entry.identifiers().forEach(i -> features.identifier(i.type(), i.value(), i.country()));
    return features.build();
  }
}
