package org.interdict.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What an obligation in force means for a covered product: it is prohibited, or advised against.
 */
public enum ObligationStatus {
  PROHIBITED,
  ADVISORY;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static ObligationStatus fromId(String id) {
    for (ObligationStatus status : values()) {
      if (status.id().equals(id)) {
        return status;
      }
    }
    throw new CatalogException(
        "unknown obligation status '" + id + "'; expected prohibited or advisory");
  }
}
