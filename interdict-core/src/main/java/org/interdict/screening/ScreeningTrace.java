package org.interdict.screening;

import java.util.Objects;

/**
 * A screening result with how it was reached: the number of names scored and whether candidate
 * retrieval was cut at its cap (so a change in other names' votes could change which names were
 * scored).
 */
public record ScreeningTrace(ScreeningResult result, int scoredNames, boolean capped) {
  public ScreeningTrace {
    Objects.requireNonNull(result, "result");
  }
}
