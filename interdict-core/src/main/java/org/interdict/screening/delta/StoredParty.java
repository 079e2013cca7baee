package org.interdict.screening.delta;

import java.util.Objects;

/**
 * A party an organization keeps (supplier, customer...) and screens again after each list update:
 * its id and name.
 */
public record StoredParty(String id, String name) {
  public StoredParty {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
