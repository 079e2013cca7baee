package org.interdict.cli.screen;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.interdict.model.PartyType;
import org.interdict.screening.ScreeningFilter;

/**
 * Turns the filter options into a {@link ScreeningFilter}, rejecting values that select nothing
 * loaded (an unknown list id, type, program or country) with a message that lists the valid ones,
 * rather than silently matching nothing.
 */
final class FilterOptions {
  private FilterOptions() {}

  /**
   * @throws IllegalArgumentException naming the bad value and the valid ones
   */
  static ScreeningFilter toFilter(
      ScreeningSetup setup,
      List<String> lists,
      List<String> types,
      List<String> programs,
      List<String> countries) {
    Set<PartyType> wantedTypes = EnumSet.noneOf(PartyType.class);
    for (String type : types) {
      try {
        wantedTypes.add(PartyType.fromId(type));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--type: " + e.getMessage(), e);
      }
    }
    List<String> unknown = setup.unknownListIds(new LinkedHashSet<>(lists));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "--list: unknown or not loaded list id(s) "
              + unknown
              + "; loaded lists are "
              + setup.knownListIds()
              + " (official lists need --lists-dir)");
    }
    List<String> unknownPrograms = setup.unknownValues(programs, party -> party.programs());
    if (!unknownPrograms.isEmpty()) {
      throw new IllegalArgumentException(
          "--program: no loaded party is under "
              + unknownPrograms
              + "; loaded programs are "
              + setup.knownValues(party -> party.programs()));
    }
    // compared as the filter compares them: RU, RUS, Russia and Russian Federation are one country
    Set<String> knownCountries =
        countries.isEmpty() ? Set.of() : setup.knownValues(ScreeningSetup::foldedCountries);
    List<String> unknownCountries =
        countries.stream()
            .filter(c -> !knownCountries.contains(ScreeningFilter.country(c)))
            .toList();
    if (!unknownCountries.isEmpty()) {
      throw new IllegalArgumentException(
          "--country: no loaded party has country "
              + unknownCountries
              + " (expected an ISO 3166 code such as RU or RUS, or an English country name);"
              + " loaded countries are "
              + setup.knownValues(ScreeningSetup::countries));
    }
    return new ScreeningFilter(
        Set.copyOf(lists), wantedTypes, Set.copyOf(programs), Set.copyOf(countries));
  }
}
