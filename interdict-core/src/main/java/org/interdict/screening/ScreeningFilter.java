package org.interdict.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.interdict.model.Address;
import org.interdict.model.Countries;
import org.interdict.model.Party;
import org.interdict.model.PartyType;

/**
 * Which parties a query may return; an empty set means "any". List ids match by prefix on a {@code
 * -}, {@code /} or {@code :} boundary, so {@code us-csl} also selects {@code us-csl/entity-list};
 * programs compare case-insensitively; countries compare as {@link Countries#normalize} folds them
 * (an ISO 3166 alpha-2 or alpha-3 code, an English name or adjective: {@code IR}, {@code IRN},
 * {@code Iran}, {@code Iranian} are one country; other text case-insensitively), against the
 * party's countries and address countries: the one parser of the query features' countries.
 */
public record ScreeningFilter(
    Set<String> listIds, Set<PartyType> types, Set<String> programs, Set<String> countries) {
  private static final ScreeningFilter NONE =
      new ScreeningFilter(Set.of(), Set.of(), Set.of(), Set.of());

  public ScreeningFilter {
    listIds = lower(listIds);
    types = Set.copyOf(types);
    programs = lower(programs);
    countries =
        countries.stream().map(ScreeningFilter::country).collect(Collectors.toUnmodifiableSet());
  }

  /** How a country compares in a filter: {@link Countries#normalize}, lower-cased. */
  public static String country(String text) {
    return Countries.normalize(text).toLowerCase(Locale.ROOT);
  }

  /** The filter that accepts every party. */
  public static ScreeningFilter none() {
    return NONE;
  }

  public ScreeningFilter withListIds(Set<String> ids) {
    return new ScreeningFilter(ids, types, programs, countries);
  }

  public ScreeningFilter withTypes(Set<PartyType> wanted) {
    return new ScreeningFilter(listIds, wanted, programs, countries);
  }

  public ScreeningFilter withPrograms(Set<String> wanted) {
    return new ScreeningFilter(listIds, types, wanted, countries);
  }

  public ScreeningFilter withCountries(Set<String> wanted) {
    return new ScreeningFilter(listIds, types, programs, wanted);
  }

  public boolean acceptsAll() {
    return listIds.isEmpty() && types.isEmpty() && programs.isEmpty() && countries.isEmpty();
  }

  /**
   * Whether a list id is selected: equal to a wanted id or starting with it followed by {@code
   * -/:}.
   */
  public static boolean listMatches(String listId, String wanted) {
    String id = listId.toLowerCase(Locale.ROOT);
    return id.equals(wanted)
        || (id.startsWith(wanted) && "-/:".indexOf(id.charAt(wanted.length())) >= 0);
  }

  public boolean accepts(Party party) {
    if (!types.isEmpty() && !types.contains(party.type())) {
      return false;
    }
    if (!listIds.isEmpty()
        && listIds.stream().noneMatch(id -> listMatches(party.source().listId(), id))) {
      return false;
    }
    if (!programs.isEmpty() && !anyIn(party.programs(), programs)) {
      return false;
    }
    if (!countries.isEmpty()) {
      for (String country : party.countries()) {
        if (countries.contains(country(country))) {
          return true;
        }
      }
      for (Address address : party.addresses()) {
        if (countries.contains(country(address.country()))) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  private static boolean anyIn(List<String> values, Set<String> wanted) {
    for (String value : values) {
      if (wanted.contains(value.strip().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> lower(Set<String> values) {
    return values.stream()
        .map(v -> v.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
