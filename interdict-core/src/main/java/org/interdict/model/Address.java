package org.interdict.model;

import java.util.Objects;

/**
 * A postal address as a list gives it; parts are "" when absent. {@code country} is as written in
 * the list.
 */
public record Address(
    String street, String city, String region, String postalCode, String country) {
  public Address {
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(postalCode, "postalCode");
    Objects.requireNonNull(country, "country");
  }
}
