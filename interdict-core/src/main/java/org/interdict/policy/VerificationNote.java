package org.interdict.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.interdict.catalog.Obligation;
import org.interdict.catalog.Regime;

/**
 * Builds the outcome of a verdict. A {@code review} outcome's action starts with the question for
 * counsel, because the reports print the action, not the reason, for covered outcomes. When the
 * evaluation date is later than the day the regime's facts were last verified, the action and
 * reason end with a note saying so: the law may have changed since.
 */
final class VerificationNote {
  private VerificationNote() {}

  static RegimeOutcome apply(Regime regime, LocalDate asOf, Verdict verdict) {
    Optional<Obligation> obligation = verdict.obligation();
    String citation =
        obligation.map(Obligation::citation).filter(c -> !c.isEmpty()).orElse(regime.citation());
    String requirement = obligation.map(Obligation::requirement).orElse("");
    String action = obligation.map(Obligation::action).orElse("No action required by this regime.");
    if (verdict.review().isPresent()) {
      action =
          "Coverage is open: ask counsel. "
              + verdict.review().get().question()
              + " If it is covered: "
              + action;
    }
    String reason = verdict.reason();
    if (asOf.isAfter(regime.verifiedAsOf())) {
      String note = text(regime, asOf);
      action = action + " " + note;
      reason = reason + "; " + note;
    }
    return new RegimeOutcome(
        regime.id(),
        regime.title(),
        verdict.status(),
        obligation.map(Obligation::id),
        verdict.since(),
        verdict.deadline(),
        citation,
        requirement,
        action,
        reason,
        verdict.review(),
        regime.verifiedAsOf(),
        asOf);
  }

  /** The note itself; stable wording, so that users can search for it. */
  static String text(Regime regime, LocalDate asOf) {
    return "[facts verified as of "
        + regime.verifiedAsOf()
        + "; this evaluation is as of "
        + asOf
        + ", later: check "
        + regime.id()
        + "'s sources for changes since]";
  }
}
