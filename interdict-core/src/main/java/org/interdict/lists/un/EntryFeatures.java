package org.interdict.lists.un;

import org.interdict.model.PartyFeatures;

/**
 * The typed features of one UN entry: its birth dates (exact, year, or FROM_YEAR-TO_YEAR ranges),
 * NATIONALITY values, address countries and documents with their issuing country. Stateless and
 * thread-safe.
 */
final class EntryFeatures {
  private EntryFeatures() {}

  static PartyFeatures of(UnEntry entry) {
    PartyFeatures.Builder features = PartyFeatures.builder().addresses(entry.addresses());
    entry.birthDates().forEach(features::birthDate);
    entry.nationalities().forEach(features::nationality);
    entry
        .documents()
        .forEach(
            document -> features.identifier(document.type(), document.value(), document.country()));
    return features.build();
  }
}
