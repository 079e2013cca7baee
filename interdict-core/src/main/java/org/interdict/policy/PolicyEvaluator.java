package org.interdict.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.interdict.catalog.Catalog;
import org.interdict.catalog.Context;
import org.interdict.catalog.Coverage;
import org.interdict.catalog.Exclusion;
import org.interdict.catalog.Obligation;
import org.interdict.catalog.ObligationStatus;
import org.interdict.catalog.Product;
import org.interdict.catalog.Regime;
import org.interdict.catalog.Review;

/**
 * Applies the catalog's regimes to a product found in a context, for one organization profile, as
 * of one date. The rules, in order (docs/catalog.md): vendor not covered: {@code not-covered};
 * unless the regime records an open question about the product (a review), category excluded,
 * category not listed: {@code not-covered}; integration not covered, no obligation for the profile
 * and context: {@code not-covered}; a prohibition in force: {@code prohibited}; a prohibition yet
 * to start: {@code prohibited-from} its first day; advice in force: {@code advisory}; otherwise
 * {@code not-covered}. Where a review applies, a covered verdict becomes {@code review} with the
 * obligation's dates and the question for counsel. Every outcome records the day the regime's facts
 * were last verified (see {@link VerificationNote}). Immutable and thread-safe.
 */
public final class PolicyEvaluator {
  private final Catalog catalog;

  public PolicyEvaluator(Catalog catalog) {
    this.catalog = catalog;
  }

  /** One outcome per regime that names the product's vendor, in catalog order. */
  public List<RegimeOutcome> evaluate(
      Product product, String context, String profile, LocalDate asOf) {
    List<RegimeOutcome> outcomes = new ArrayList<>();
    for (Regime regime : catalog.regimes()) {
      if (regime.coverage().vendors().contains(product.vendor())) {
        outcomes.add(evaluate(regime, product, context, profile, asOf));
      }
    }
    return outcomes;
  }

  public RegimeOutcome evaluate(
      Regime regime, Product product, String context, String profile, LocalDate asOf) {
    Verdict verdict = decide(regime, product, context, profile, asOf);
    return VerificationNote.apply(regime, asOf, verdict);
  }

  private Verdict decide(
      Regime regime, Product product, String context, String profile, LocalDate asOf) {
    Coverage coverage = regime.coverage();
    if (!coverage.vendors().contains(product.vendor())) {
      return Verdict.notCovered("the regime does not name vendor " + product.vendor());
    }
    Optional<Review> review = coverage.reviewOf(product, context);
    if (review.isEmpty()) {
      for (Exclusion exclusion : coverage.exclusions()) {
        if (exclusion.category().equals(product.category())) {
          return Verdict.notCovered(exclusion.reason());
        }
      }
      if (!coverage.categories().isEmpty() && !coverage.categories().contains(product.category())) {
        return Verdict.notCovered(
            "the regime does not cover products of category " + product.category());
      }
    }
    if (context.equals(Context.INTEGRATED.id()) && !coverage.includesIntegrated()) {
      return Verdict.notCovered(
          "the regime does not reach components integrated in other products");
    }
    List<Obligation> applicable =
        regime.obligations().stream()
            .filter(o -> o.appliesTo(profile, context) && o.concernsVendor(product.vendor()))
            .toList();
    if (applicable.isEmpty()) {
      return Verdict.notCovered(
          "the regime places no obligation on profile "
              + profile
              + " for "
              + context
              + " products of "
              + product.vendor());
    }
    Verdict covered = covered(applicable, asOf);
    if (covered.status() == Status.NOT_COVERED || review.isEmpty()) {
      return covered;
    }
    return covered.underReview(review.get());
  }

  private static Verdict covered(List<Obligation> applicable, LocalDate asOf) {
    Optional<Obligation> prohibition =
        first(applicable, ObligationStatus.PROHIBITED, o -> o.inForceOn(asOf));
    if (prohibition.isPresent()) {
      return Verdict.prohibitedSince(
          prohibition.get(), unbrokenSince(applicable, prohibition.get()));
    }
    Optional<Obligation> upcoming =
        first(applicable, ObligationStatus.PROHIBITED, o -> o.effectiveFrom().isAfter(asOf));
    if (upcoming.isPresent()) {
      return Verdict.of(
          upcoming.get(),
          Status.PROHIBITED_FROM,
          "prohibited from "
              + upcoming.get().effectiveFrom()
              + ", "
              + daysBetween(asOf, upcoming.get().effectiveFrom())
              + " days after "
              + asOf);
    }
    Optional<Obligation> advice =
        first(applicable, ObligationStatus.ADVISORY, o -> o.inForceOn(asOf));
    if (advice.isPresent()) {
      return Verdict.of(
          advice.get(), Status.ADVISORY, "advised against since " + advice.get().effectiveFrom());
    }
    return Verdict.notCovered("no obligation of the regime is in force on " + asOf);
  }

  /** The first day of the unbroken run of prohibitions that ends in {@code current}. */
  private static LocalDate unbrokenSince(List<Obligation> applicable, Obligation current) {
    LocalDate since = current.effectiveFrom();
    boolean extended = true;
    while (extended) {
      extended = false;
      for (Obligation earlier : applicable) {
        if (earlier.status() == ObligationStatus.PROHIBITED
            && earlier.effectiveFrom().isBefore(since)
            && !earlier.effectiveTo().map(since::isAfter).orElse(false)) {
          since = earlier.effectiveFrom();
          extended = true;
        }
      }
    }
    return since;
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
}
