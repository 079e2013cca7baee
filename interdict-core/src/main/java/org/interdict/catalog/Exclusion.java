package org.interdict.catalog;

/** A product category a regime expressly leaves out, with the reason and where the text says so. */
public record Exclusion(String category, String reason, String citation) {
  public Exclusion {
    category = CatalogValues.required(category, "category", "exclusion");
    reason = CatalogValues.required(reason, "reason", "exclusion " + category);
    citation = CatalogValues.text(citation);
  }
}
