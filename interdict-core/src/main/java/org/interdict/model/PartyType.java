package org.interdict.model;

import java.util.Locale;
import org.interdict.InvalidValueException;

/** What a listed party is; ids appear in outputs and in {@code --type}. */
public enum PartyType {
  INDIVIDUAL("individual"),
  ENTITY("entity"),
  VESSEL("vessel"),
  AIRCRAFT("aircraft"),
  UNKNOWN("unknown");

  private final String id;

  PartyType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Parses an id such as {@code entity}; rejects unknown ids rather than guessing. */
  public static PartyType fromId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (PartyType type : values()) {
      if (type.id.equals(wanted)) {
        return type;
      }
    }
    throw new InvalidValueException(
        "unknown party type '"
            + id
            + "'; expected one of individual, entity, vessel, aircraft, unknown");
  }
}
