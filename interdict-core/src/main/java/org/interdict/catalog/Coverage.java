package org.interdict.catalog;

import java.util.List;

/**
 * Which products a regime reaches: products of the listed vendors whose category is in {@code categories}
 * (every category when empty) and not excluded; integrated components only when {@code includesIntegrated}.
 */
public record Coverage(
    List<String> vendors, List<String> categories, List<Exclusion> exclusions, boolean includesIntegrated) {
  public Coverage {
    vendors = CatalogValues.copy(vendors);
    categories = CatalogValues.copy(categories);
    exclusions = CatalogValues.copy(exclusions);
    if (vendors.isEmpty()) {
      throw new CatalogException("coverage: at least one vendor is required");
    }
  }
}
