package org.interdict.model;

import java.util.Objects;

/** An identifying document or number a list gives for a party (passport, tax id, IMO number...). */
public record Identifier(String type, String value, String country) {
  public Identifier {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(country, "country");
  }
}
