package org.interdict.catalog;

import java.util.List;

/** A company behind a vendor brand, with the names it is known by (Latin and original script). */
public record LegalEntity(String name, String country, List<String> aliases, String note) {
  public LegalEntity {
    name = CatalogValues.required(name, "name", "legal entity");
    country = CatalogValues.text(country);
    aliases = CatalogValues.copy(aliases);
    note = CatalogValues.text(note);
  }
}
