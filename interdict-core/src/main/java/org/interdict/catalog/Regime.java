package org.interdict.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A government measure against vendors: who issued it, where its text is, what it covers and the
 * obligations it places on each kind of organization over time. {@code altIds} keep old ids working
 * after a rename. {@code verifiedAsOf} is the day its facts were last checked against the sources;
 * {@code unverified} lists the facts that could not be checked against a primary source, each with
 * the reason.
 */
public record Regime(
    String id,
    List<String> altIds,
    String title,
    String issuer,
    String jurisdiction,
    RegimeKind kind,
    String citation,
    List<String> sources,
    LocalDate announced,
    LocalDate verifiedAsOf,
    List<UnverifiedFact> unverified,
    String summary,
    Coverage coverage,
    List<Obligation> obligations) {

  public Regime {
    id = CatalogValues.required(id, "id", "regime");
    altIds = CatalogValues.copy(altIds);
    title = CatalogValues.required(title, "title", "regime " + id);
    issuer = CatalogValues.required(issuer, "issuer", "regime " + id);
    jurisdiction = CatalogValues.required(jurisdiction, "jurisdiction", "regime " + id);
    if (kind == null) {
      throw new CatalogException("regime " + id + ": field 'kind' is required");
    }
    citation = CatalogValues.required(citation, "citation", "regime " + id);
    sources = CatalogValues.copy(sources);
    if (sources.isEmpty()) {
      throw new CatalogException("regime " + id + ": at least one official source URL is required");
    }
    if (announced == null) {
      throw new CatalogException("regime " + id + ": field 'announced' is required");
    }
    if (verifiedAsOf == null) {
      throw new CatalogException(
          "regime "
              + id
              + ": field 'verifiedAsOf' is required (the day its facts were last checked)");
    }
    unverified = CatalogValues.copy(unverified);
    summary = CatalogValues.text(summary);
    if (coverage == null) {
      throw new CatalogException("regime " + id + ": field 'coverage' is required");
    }
    obligations = CatalogValues.copy(obligations);
    if (obligations.isEmpty()) {
      throw new CatalogException("regime " + id + ": at least one obligation is required");
    }
  }
}
