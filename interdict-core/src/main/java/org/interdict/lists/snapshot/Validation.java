package org.interdict.lists.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the checks said about a download or import before it became a snapshot: the outcome, the
 * entries counted by the real reader, the previous snapshot's count for comparison (-1 when there
 * is none) and one line per check.
 */
public record Validation(
    Outcome outcome, int entryCount, int previousEntryCount, int rowErrors, List<String> checks) {
  /** Whether a candidate snapshot may be put in force. */
  public enum Outcome {
    /** Every check passed: the files become the snapshot in force. */
    ACCEPTED("accepted"),
    /**
     * The files parse but look wrong (too few entries, a large drop, many bad rows): the previous
     * snapshot stays.
     */
    SUSPICIOUS("suspicious"),
    /** The files are missing, empty or unreadable: the previous snapshot stays. */
    FAILED("failed");

    private final String id;

    Outcome(String id) {
      this.id = id;
    }

    @JsonValue
    public String id() {
      return id;
    }

    @JsonCreator
    public static Outcome fromId(String id) {
      for (Outcome outcome : values()) {
        if (outcome.id.equals(id.toLowerCase(Locale.ROOT))) {
          return outcome;
        }
      }
      throw new IllegalArgumentException("unknown validation outcome '" + id + "'");
    }
  }

  public Validation {
    Objects.requireNonNull(outcome, "outcome");
    checks = List.copyOf(checks);
  }

  public boolean accepted() {
    return outcome == Outcome.ACCEPTED;
  }

  /** The checks that did not pass, joined for a one-line reason ("" when accepted). */
  public String reason() {
    return String.join("; ", checks.stream().filter(check -> !check.startsWith("ok: ")).toList());
  }
}
