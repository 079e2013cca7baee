package org.interdict.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One effective-dated duty of a regime: for organizations of the listed profiles ({@code *} for
 * all), and for products found in the listed contexts ({@code installed}, {@code integrated}), the
 * status applies in the half-open period {@code [effectiveFrom, effectiveTo)}. {@code deadline} is
 * the date by which the action is due when it differs from {@code effectiveFrom}. {@code vendors}
 * limits the duty to some of the regime's vendors, for lists that add vendors on different dates
 * (every vendor of the regime when empty).
 */
public record Obligation(
    String id,
    List<String> profiles,
    List<String> contexts,
    List<String> vendors,
    LocalDate effectiveFrom,
    Optional<LocalDate> effectiveTo,
    ObligationStatus status,
    String requirement,
    String action,
    Optional<LocalDate> deadline,
    String citation) {

  public Obligation {
    id = CatalogValues.required(id, "id", "obligation");
    profiles = CatalogValues.copy(profiles);
    contexts = contexts == null || contexts.isEmpty() ? Context.IDS : List.copyOf(contexts);
    vendors = CatalogValues.copy(vendors);
    if (profiles.isEmpty()) {
      throw new CatalogException(
          "obligation " + id + ": at least one profile (or '*') is required");
    }
    if (effectiveFrom == null) {
      throw new CatalogException("obligation " + id + ": field 'effectiveFrom' is required");
    }
    effectiveTo = CatalogValues.optional(effectiveTo);
    if (effectiveTo.isPresent() && !effectiveTo.get().isAfter(effectiveFrom)) {
      throw new CatalogException("obligation " + id + ": effectiveTo must be after effectiveFrom");
    }
    if (status == null) {
      throw new CatalogException("obligation " + id + ": field 'status' is required");
    }
    requirement = CatalogValues.required(requirement, "requirement", "obligation " + id);
    action = CatalogValues.required(action, "action", "obligation " + id);
    deadline = CatalogValues.optional(deadline);
    citation = CatalogValues.text(citation);
  }

  public boolean appliesTo(String profile, String context) {
    return (profiles.contains("*") || profiles.contains(profile)) && contexts.contains(context);
  }

  /**
   * Whether the duty concerns products of this vendor (every vendor of the regime when none are
   * listed).
   */
  public boolean concernsVendor(String vendor) {
    return vendors.isEmpty() || vendors.contains(vendor);
  }

  /** In force on {@code date}: {@code effectiveFrom <= date < effectiveTo}. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && effectiveTo.map(date::isBefore).orElse(true);
  }

  /**
   * The date by which the action is due: the explicit deadline, else the day the obligation starts.
   */
  public LocalDate dueDate() {
    return deadline.orElse(effectiveFrom);
  }
}
