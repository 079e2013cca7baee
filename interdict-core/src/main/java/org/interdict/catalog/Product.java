package org.interdict.catalog;

import java.util.List;

/**
 * A product family of a vendor, with its category (which decides what regimes cover it) and its identifiers.
 * {@code note} says, for products no regime covers (removal tools, replacements such as UltraAV), why.
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
    id = Lists.required(id, "id", "product");
    vendor = Lists.required(vendor, "vendor", "product " + id);
    name = Lists.required(name, "name", "product " + id);
    category = Lists.required(category, "category", "product " + id);
    description = Lists.text(description);
    identifiers = identifiers == null ? Identifiers.NONE : identifiers;
    note = Lists.text(note);
    sources = Lists.copy(sources);
  }
}
