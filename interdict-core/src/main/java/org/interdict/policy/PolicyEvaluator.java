package org.interdict.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.interdict.catalog.Catalog;
import org.interdict.catalog.Coverage;
import org.interdict.catalog.Exclusion;
import org.interdict.catalog.Obligation;
import org.interdict.catalog.ObligationStatus;
import org.interdict.catalog.Product;
import org.interdict.catalog.Regime;

/**
 * Applies the catalog's regimes to a product found in a context, for one organization profile, as of one
 * date. The rules, in order (docs/catalog.md): vendor not covered, category excluded, category not listed,
 * integration not covered, no obligation for the profile and context: {@code not-covered}; a prohibition in
 * force: {@code prohibited}; a prohibition yet to start: {@code prohibited-from} its first day; advice in
 * force: {@code advisory}; otherwise {@code not-covered}. Immutable and thread-safe.
 */
public final class PolicyEvaluator {
  private final Catalog catalog;

  public PolicyEvaluator(Catalog catalog) {
    this.catalog = catalog;
  }

  /** One outcome per regime that names the product's vendor, in catalog order. */
  public List<RegimeOutcome> evaluate(Product product, String context, String profile, LocalDate asOf) {
    List<RegimeOutcome> outcomes = new ArrayList<>();
    for (Regime regime : catalog.regimes()) {
      if (regime.coverage().vendors().contains(product.vendor())) {
        outcomes.add(evaluate(regime, product, context, profile, asOf));
      }
    }
    return outcomes;
  }

  public RegimeOutcome evaluate(Regime regime, Product product, String context, String profile, LocalDate asOf) {
    Coverage coverage = regime.coverage();
    if (!coverage.vendors().contains(product.vendor())) {
      return notCovered(regime, "the regime does not name vendor " + product.vendor());
    }
    for (Exclusion exclusion : coverage.exclusions()) {
      if (exclusion.category().equals(product.category())) {
        return notCovered(regime, exclusion.reason());
      }
    }
    if (!coverage.categories().isEmpty() && !coverage.categories().contains(product.category())) {
      return notCovered(regime, "the regime does not cover products of category " + product.category());
    }
    if (context.equals("integrated") && !coverage.includesIntegrated()) {
      return notCovered(regime, "the regime does not reach components integrated in other products");
    }
    List<Obligation> applicable =
        regime.obligations().stream().filter(o -> o.appliesTo(profile, context)).toList();
    if (applicable.isEmpty()) {
      return notCovered(regime, "the regime places no obligation on profile " + profile + " for " + context
          + " products");
    }
    Optional<Obligation> prohibition = first(applicable, ObligationStatus.PROHIBITED, o -> o.inForceOn(asOf));
    if (prohibition.isPresent()) {
      return outcome(regime, prohibition.get(), Status.PROHIBITED, "prohibited since "
          + prohibition.get().effectiveFrom());
    }
    Optional<Obligation> upcoming =
        first(applicable, ObligationStatus.PROHIBITED, o -> o.effectiveFrom().isAfter(asOf));
    if (upcoming.isPresent()) {
      return outcome(regime, upcoming.get(), Status.PROHIBITED_FROM, "prohibited from "
          + upcoming.get().effectiveFrom() + ", " + daysBetween(asOf, upcoming.get().effectiveFrom()) + " days after "
          + asOf);
    }
    Optional<Obligation> advice = first(applicable, ObligationStatus.ADVISORY, o -> o.inForceOn(asOf));
    if (advice.isPresent()) {
      return outcome(regime, advice.get(), Status.ADVISORY, "advised against since " + advice.get().effectiveFrom());
    }
    return notCovered(regime, "no obligation of the regime is in force on " + asOf);
  }

  private static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  private static Optional<Obligation> first(
      List<Obligation> obligations, ObligationStatus status, Predicate<Obligation> when) {
    return obligations.stream()
        .filter(o -> o.status() == status)
        .filter(when)
        .min(Comparator.comparing(Obligation::effectiveFrom));
  }

  private static RegimeOutcome outcome(Regime regime, Obligation obligation, Status status, String reason) {
    String citation = obligation.citation().isEmpty() ? regime.citation() : obligation.citation();
    return new RegimeOutcome(
        regime.id(),
        regime.title(),
        status,
        Optional.of(obligation.id()),
        Optional.of(obligation.effectiveFrom()),
        Optional.of(status == Status.PROHIBITED_FROM ? obligation.effectiveFrom() : obligation.dueDate()),
        citation,
        obligation.requirement(),
        obligation.action(),
        reason);
  }

  private static RegimeOutcome notCovered(Regime regime, String reason) {
    return new RegimeOutcome(
        regime.id(), regime.title(), Status.NOT_COVERED, Optional.empty(), Optional.empty(), Optional.empty(),
        regime.citation(), "", "No action required by this regime.", reason);
  }
}
