package org.interdict.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Which products a regime reaches: products of the listed vendors whose category is in {@code
 * categories} (every category when empty) and not excluded; integrated components only when {@code
 * includesIntegrated}. {@code reviews} name the products or categories whose coverage the sources
 * leave open; they take precedence over categories and exclusions, because the open question is
 * exactly whether those apply.
 */
public record Coverage(
    List<String> vendors,
    List<String> categories,
    List<Exclusion> exclusions,
    List<Review> reviews,
    boolean includesIntegrated) {
  public Coverage {
    vendors = CatalogValues.copy(vendors);
    categories = CatalogValues.copy(categories);
    exclusions = CatalogValues.copy(exclusions);
    reviews = CatalogValues.copy(reviews);
    if (vendors.isEmpty()) {
      throw new CatalogException("coverage: at least one vendor is required");
    }
  }

  /** The first open question about the product found in the context, if the regime has one. */
  public Optional<Review> reviewOf(Product product, String context) {
    return reviews.stream().filter(review -> review.concerns(product, context)).findFirst();
  }
}
