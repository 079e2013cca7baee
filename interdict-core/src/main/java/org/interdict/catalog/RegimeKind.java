package org.interdict.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a regime binds (law, regulation, directive, contract clause) or only advises. */
public enum RegimeKind {
  BINDING,
  ADVISORY;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static RegimeKind fromId(String id) {
    for (RegimeKind kind : values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new CatalogException("unknown regime kind '" + id + "'; expected binding or advisory");
  }
}
