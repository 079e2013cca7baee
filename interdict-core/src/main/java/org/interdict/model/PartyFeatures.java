package org.interdict.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The typed facts beside a party's names that entity-level screening weighs: birth dates,
 * nationalities, citizenships, countries of address and of registration (all alpha-2 codes when
 * known), gender and identifiers. Lists and queries fill the same record, so both sides compare
 * feature by feature. Empty lists mean "not given".
 */
public record PartyFeatures(
    List<BirthDate> birthDates,
    List<String> nationalities,
    List<String> citizenships,
    List<String> addressCountries,
    List<String> registrationCountries,
    Gender gender,
    List<PartyIdentifier> identifiers) {
  private static final PartyFeatures NONE =
      new PartyFeatures(
          List.of(), List.of(), List.of(), List.of(), List.of(), Gender.UNKNOWN, List.of());

  public PartyFeatures {
    birthDates = List.copyOf(birthDates);
    nationalities = List.copyOf(nationalities);
    citizenships = List.copyOf(citizenships);
    addressCountries = List.copyOf(addressCountries);
    registrationCountries = List.copyOf(registrationCountries);
    Objects.requireNonNull(gender, "gender");
    identifiers = List.copyOf(identifiers);
  }

  /** No features: what a party or query without them carries. */
  public static PartyFeatures none() {
    return NONE;
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  /**
   * Every country the party is tied to: nationality, citizenship, address and registration, without
   * repeats.
   */
  public List<String> allCountries() {
    List<String> all = new ArrayList<>();
    for (List<String> group :
        List.of(nationalities, citizenships, addressCountries, registrationCountries)) {
      for (String country : group) {
        if (!all.contains(country)) {
          all.add(country);
        }
      }
    }
    return all;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects features from text as a list writes it, normalizing on the way (dates parsed,
   * countries to codes, identifier values folded); unparseable dates and empty values are skipped.
   * Not thread-safe.
   */
  public static final class Builder {
    private final List<BirthDate> birthDates = new ArrayList<>();
    private final List<String> nationalities = new ArrayList<>();
    private final List<String> citizenships = new ArrayList<>();
    private final List<String> addressCountries = new ArrayList<>();
    private final List<String> registrationCountries = new ArrayList<>();
    private final List<PartyIdentifier> identifiers = new ArrayList<>();
    private Gender gender = Gender.UNKNOWN;

    private Builder() {}

    public Builder birthDate(String text) {
      BirthDate.parse(text)
          .ifPresent(
              date -> {
                if (birthDates.stream().noneMatch(d -> d.canonical().equals(date.canonical()))) {
                  birthDates.add(date);
                }
              });
      return this;
    }

    public Builder nationality(String text) {
      return country(nationalities, text);
    }

    public Builder citizenship(String text) {
      return country(citizenships, text);
    }

    public Builder addressCountry(String text) {
      return country(addressCountries, text);
    }

    public Builder registrationCountry(String text) {
      return country(registrationCountries, text);
    }

    public Builder addresses(List<Address> addresses) {
      addresses.forEach(address -> addressCountry(address.country()));
      return this;
    }

    public Builder gender(String text) {
      Gender parsed = Gender.parse(text);
      if (parsed != Gender.UNKNOWN) {
        gender = parsed;
      }
      return this;
    }

    /** Adds an identifier unless its value has no letters or digits or it is already there. */
    public Builder identifier(String type, String value, String country) {
      if (!PartyIdentifier.fold(value).isEmpty()) {
        PartyIdentifier identifier = PartyIdentifier.of(type, value, country);
        if (identifiers.stream()
            .noneMatch(
                i -> i.kind() == identifier.kind() && i.value().equals(identifier.value()))) {
          identifiers.add(identifier);
        }
      }
      return this;
    }

    public Builder identifiers(List<Identifier> listed) {
      listed.forEach(i -> identifier(i.type(), i.value(), i.country()));
      return this;
    }

    private Builder country(List<String> into, String text) {
      if (text != null && !text.isBlank()) {
        String code = Countries.normalize(text);
        if (!code.isEmpty() && !into.contains(code)) {
          into.add(code);
        }
      }
      return this;
    }

    public PartyFeatures build() {
      return new PartyFeatures(
          birthDates,
          nationalities,
          citizenships,
          addressCountries,
          registrationCountries,
          gender,
          identifiers);
    }
  }
}
