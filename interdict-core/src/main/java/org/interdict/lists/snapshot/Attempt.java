package org.interdict.lists.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One update or import attempt of one source, appended to {@code <root>/<source-id>/attempts.jsonl}
 * whatever its outcome, so {@code interdict lists status} can say what happened last and why.
 */
public record Attempt(
    String sourceId,
    Instant attemptedAt,
    String method,
    Result result,
    String reason,
    Optional<String> snapshotId,
    int entryCount) {
  /** What an attempt did to the snapshot in force. */
  public enum Result {
    /** A new snapshot was stored and is now in force. */
    UPDATED("updated"),
    /**
     * The server answered 304 Not Modified, or sent the same bytes: the snapshot in force stays.
     */
    UNCHANGED("unchanged"),
    /** Files fetched but rejected by validation; the previous snapshot stays in force. */
    SUSPICIOUS("suspicious"),
    /** Download or validation failed; the previous snapshot stays in force. */
    FAILED("failed");

    private final String id;

    Result(String id) {
      this.id = id;
    }

    @JsonValue
    public String id() {
      return id;
    }

    @JsonCreator
    public static Result fromId(String id) {
      for (Result result : values()) {
        if (result.id.equals(id.toLowerCase(Locale.ROOT))) {
          return result;
        }
      }
      throw new IllegalArgumentException("unknown attempt result '" + id + "'");
    }

    /** Whether the snapshot in force is the one the source's publisher serves now. */
    public boolean ok() {
      return this == UPDATED || this == UNCHANGED;
    }
  }

  public Attempt {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(attemptedAt, "attemptedAt");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(snapshotId, "snapshotId");
  }
}
