package org.interdict.screening;

import java.util.List;
import java.util.Optional;
import org.interdict.text.NormalizedName;

/**
 * Why a query could not be screened completely, so that its empty match list is not read as "no
 * match": a name with nothing left to compare ({@code !!!}, an empty cell), or one with letters in
 * a script the name pipeline cannot romanize (Khmer, Lao, ...), which are then compared only as
 * written, against the few list names written the same way.
 *
 * @param id stable id, as in {@link #NOTHING_TO_SCREEN} and {@link #UNROMANIZED_SCRIPT}
 * @param message what is wrong and what a no-match means, without the screened name (personal data)
 */
public record QueryProblem(String id, String message) {
  public static final String NOTHING_TO_SCREEN = "nothing-to-screen";
  public static final String UNROMANIZED_SCRIPT = "unromanized-script";

  /** The problem of a normalized query, if it has one. */
  public static Optional<QueryProblem> of(NormalizedName normalized) {
    if (normalized.tokens().isEmpty()) {
      return Optional.of(
          new QueryProblem(
              NOTHING_TO_SCREEN,
              "the name has no letters or digits to screen, so it was not screened"));
    }
    List<String> scripts = normalized.unromanizedScripts();
    if (!scripts.isEmpty()) {
      return Optional.of(
          new QueryProblem(
              UNROMANIZED_SCRIPT,
              "the name has letters in "
                  + String.join(", ", scripts)
                  + (scripts.size() == 1 ? " script" : " scripts")
                  + ", which Interdict cannot romanize; they were compared only as written,"
                  + " so a no-match proves nothing"));
    }
    return Optional.empty();
  }
}
