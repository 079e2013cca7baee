package org.interdict.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.interdict.catalog.Obligation;
import org.interdict.catalog.Review;

/**
 * The decision of one regime before it is noted: the status, the obligation that decided it, the
 * day the status starts and the deadline (none for {@code not-covered}), the reason, and the open
 * question when the status is {@code review}.
 */
record Verdict(
    Status status,
    Optional<Obligation> obligation,
    Optional<LocalDate> since,
    Optional<LocalDate> deadline,
    String reason,
    Optional<Review> review) {

  /**
   * A covered verdict; a prohibition yet to start is due on its first day, others on the
   * obligation's due date.
   */
  static Verdict of(Obligation obligation, Status status, String reason) {
    LocalDate deadline =
        status == Status.PROHIBITED_FROM ? obligation.effectiveFrom() : obligation.dueDate();
    return new Verdict(
        status,
        Optional.of(obligation),
        Optional.of(obligation.effectiveFrom()),
        Optional.of(deadline),
        reason,
        Optional.empty());
  }

  /**
   * A prohibition in force whose terms changed on the obligation's first day but which has applied
   * without a break since {@code since} (FAR 52.204-23: prohibited since 2018-10-01, report within
   * 3 business days since 2023-12-04): the status starts, and is due, on {@code since} unless the
   * obligation names its own deadline.
   */
  static Verdict prohibitedSince(Obligation obligation, LocalDate since) {
    String terms =
        since.equals(obligation.effectiveFrom())
            ? ""
            : ", on the terms in force since " + obligation.effectiveFrom();
    String reason = "prohibited since " + since + terms;
    return new Verdict(
        Status.PROHIBITED,
        Optional.of(obligation),
        Optional.of(since),
        Optional.of(obligation.deadline().orElse(since)),
        reason,
        Optional.empty());
  }

  static Verdict notCovered(String reason) {
    return new Verdict(
        Status.NOT_COVERED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        reason,
        Optional.empty());
  }

  /**
   * This covered verdict turned into {@code review}: the obligation applies if the product is
   * covered, which is the open question; the dates stay those of the obligation.
   */
  Verdict underReview(Review open) {
    String otherwise =
        status == Status.PROHIBITED_FROM ? reason : status.id() + " (" + reason + ")";
    String text =
        "coverage is open, ask counsel: "
            + open.question()
            + " If it is covered: "
            + otherwise
            + ".";
    return new Verdict(Status.REVIEW, obligation, since, deadline, text, Optional.of(open));
  }
}
