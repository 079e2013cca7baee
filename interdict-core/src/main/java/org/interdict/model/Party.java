package org.interdict.model;

import java.util.List;
import java.util.Objects;

/**
 * A restricted party as one list entry describes it, in one model for every list. {@code id} is unique across
 * lists ({@code listId + ":" + entryId}); {@code dates} holds dates as the list writes them (birth, listing).
 */
public record Party(
    String id,
    PartyType type,
    String primaryName,
    List<String> aliases,
    List<Address> addresses,
    List<String> countries,
    List<String> programs,
    List<String> dates,
    List<Identifier> identifiers,
    String remarks,
    SourceRef source) {

  public Party {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(primaryName, "primaryName");
    aliases = List.copyOf(aliases);
    addresses = List.copyOf(addresses);
    countries = List.copyOf(countries);
    programs = List.copyOf(programs);
    dates = List.copyOf(dates);
    identifiers = List.copyOf(identifiers);
    Objects.requireNonNull(remarks, "remarks");
    Objects.requireNonNull(source, "source");
    if (primaryName.isBlank()) {
      throw new IllegalArgumentException("party " + id + " has no primary name");
    }
  }

  /** The primary name followed by the aliases: every name screening should consider. */
  public List<String> allNames() {
    if (aliases.isEmpty()) {
      return List.of(primaryName);
    }
    java.util.ArrayList<String> names = new java.util.ArrayList<>(aliases.size() + 1);
    names.add(primaryName);
    names.addAll(aliases);
    return List.copyOf(names);
  }
}
