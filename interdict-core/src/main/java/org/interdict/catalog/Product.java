package org.interdict.catalog;

import java.util.List;

/**
 * A product family of a vendor, with its category (which decides what regimes cover it) and its
 * identifiers. {@code note} says, for products no regime covers (removal tools, replacements such
 * as UltraAV), why.
 */
public record Product(
    String id,
    String vendor,
    String name,
    String category,
    String description,
    Identifiers identifiers,
    String note,
    List<String> sources) {

  public Product {
    id = CatalogValues.required(id, "id", "product");
    vendor = CatalogValues.required(vendor, "vendor", "product " + id);
    name = CatalogValues.required(name, "name", "product " + id);
    category = CatalogValues.required(category, "category", "product " + id);
    description = CatalogValues.text(description);
    identifiers = identifiers == null ? Identifiers.NONE : identifiers;
    note = CatalogValues.text(note);
    sources = CatalogValues.copy(sources);
  }
}
