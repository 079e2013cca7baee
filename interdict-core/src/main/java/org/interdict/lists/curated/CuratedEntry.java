package org.interdict.lists.curated;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.interdict.model.Address;

/**
 * One entry of the curated snapshot file; {@code source} is mandatory because every fact must be
 * citable.
 */
public record CuratedEntry(
    String id,
    String type,
    String name,
    List<String> aliases,
    List<Address> addresses,
    List<String> countries,
    List<String> programs,
    LocalDate listDate,
    String source,
    String remarks) {
  public CuratedEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    addresses = List.copyOf(addresses);
    countries = List.copyOf(countries);
    programs = List.copyOf(programs);
    Objects.requireNonNull(listDate, "listDate");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(remarks, "remarks");
  }
}
