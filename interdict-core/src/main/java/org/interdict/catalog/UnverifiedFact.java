package org.interdict.catalog;

/**
 * A fact of a regime the catalog states but could not check against a primary source, with the
 * reason, so that a reader knows which parts of an outcome rest on secondary sources or on nothing
 * at all.
 */
public record UnverifiedFact(String fact, String reason) {
  public UnverifiedFact {
    fact = CatalogValues.required(fact, "fact", "unverified fact");
    reason = CatalogValues.required(reason, "reason", "unverified fact '" + fact + "'");
  }
}
