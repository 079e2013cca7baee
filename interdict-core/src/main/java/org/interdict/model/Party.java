package org.interdict.model;

import java.util.List;
import java.util.Objects;

/**
 * A restricted party as one list entry describes it, in one model for every list. {@code id} is
 * unique across lists ({@code listId + ":" + entryId}); {@code dates} holds dates as the list
 * writes them (birth, listing); {@code features} holds the typed facts entity-level screening
 * weighs, parsed by the list's mapper from the same entry (raw text stays in the other fields).
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
    SourceRef source,
    PartyFeatures features) {

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
    Objects.requireNonNull(features, "features");
    if (primaryName.isBlank()) {
      throw new IllegalArgumentException("party " + id + " has no primary name");
    }
  }

  /** A party without typed features (they default to {@link PartyFeatures#none()}). */
  public Party(
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
    this(
        id,
        type,
        primaryName,
        aliases,
        addresses,
        countries,
        programs,
        dates,
        identifiers,
        remarks,
        source,
        PartyFeatures.none());
  }

  /** This party with {@code newFeatures}. */
  public Party withFeatures(PartyFeatures newFeatures) {
    return new Party(
        id,
        type,
        primaryName,
        aliases,
        addresses,
        countries,
        programs,
        dates,
        identifiers,
        remarks,
        source,
        newFeatures);
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
