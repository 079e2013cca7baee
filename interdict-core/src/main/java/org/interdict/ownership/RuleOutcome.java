package org.interdict.ownership;

import java.util.Objects;

/**
 * Whether a rule was evaluated as of the result's date: {@code evaluated}, or {@code not-in-force}
 * with the reason (the periods in which it is in force), so a suspended rule is visible rather than
 * silently absent.
 */
public record RuleOutcome(String ruleId, String status, String reason, int flags) {
  public static final String EVALUATED = "evaluated";
  public static final String NOT_IN_FORCE = "not-in-force";

  public RuleOutcome {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }
}
