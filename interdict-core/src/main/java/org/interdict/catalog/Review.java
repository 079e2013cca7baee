package org.interdict.catalog;

import java.util.List;

/**
 * A product or category whose coverage by a regime the sources leave open: instead of a silent
 * {@code prohibited} or {@code not-covered}, the evaluation reports {@code review} with the
 * question to put to counsel and the sources on each side. Names exactly one of {@code product} (a
 * product id) or {@code category}; {@code contexts} limit it to {@code installed} or {@code
 * integrated} findings (both when omitted).
 */
public record Review(
    String product,
    String category,
    List<String> contexts,
    String question,
    List<String> sourcesForCoverage,
    List<String> sourcesAgainstCoverage) {

  public Review {
    product = CatalogValues.text(product);
    category = CatalogValues.text(category);
    if (product.isEmpty() == category.isEmpty()) {
      throw new CatalogException("review: name exactly one of 'product' or 'category'");
    }
    String owner =
        "review of " + (product.isEmpty() ? "category " + category : "product " + product);
    contexts = contexts == null || contexts.isEmpty() ? Context.IDS : List.copyOf(contexts);
    question = CatalogValues.required(question, "question", owner);
    sourcesForCoverage = CatalogValues.copy(sourcesForCoverage);
    sourcesAgainstCoverage = CatalogValues.copy(sourcesAgainstCoverage);
    if (sourcesForCoverage.isEmpty() || sourcesAgainstCoverage.isEmpty()) {
      throw new CatalogException(
          owner
              + ": at least one source on each side ('sourcesForCoverage', 'sourcesAgainstCoverage') is required");
    }
  }

  /** Whether this open question concerns the product found in the context. */
  public boolean concerns(Product found, String context) {
    boolean named =
        product.isEmpty() ? category.equals(found.category()) : product.equals(found.id());
    return named && contexts.contains(context);
  }
}
