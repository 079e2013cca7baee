package org.interdict.spark.scan;

import java.io.Serializable;
import java.util.Objects;

/**
 * What scanning one partition gives: findings (folded within the partition), skipped rows, and
 * record counts.
 */
sealed interface ScanPiece extends Serializable {
  /**
   * A finding as the scan JSON schema writes it, with what folding and the summary need beside it.
   * {@code key} is the CLI's fold key (host, product, context, name, version, parent, file) in a
   * form whose string order is the CLI's order of findings; {@code line} and {@code pointer} say
   * where its first record was read, which picks the record kept when partitions are folded (the
   * CLI keeps the lowest line, then pointer).
   */
  record FoundPiece(
      String key,
      long line,
      String pointer,
      long occurrences,
      String json,
      String productId,
      String contextId,
      String host,
      boolean covered)
      implements ScanPiece {
    public FoundPiece {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(json, "json");
      Objects.requireNonNull(productId, "productId");
      Objects.requireNonNull(contextId, "contextId");
      Objects.requireNonNull(host, "host");
    }

    /**
     * This finding folded with the same product on the same host seen in another partition of the
     * file.
     */
    FoundPiece fold(FoundPiece other) {
      boolean first =
          line < other.line || (line == other.line && pointer.compareTo(other.pointer) <= 0);
      FoundPiece kept = first ? this : other;
      return new FoundPiece(
          kept.key,
          kept.line,
          kept.pointer,
          occurrences + other.occurrences,
          kept.json,
          kept.productId,
          kept.contextId,
          kept.host,
          kept.covered);
    }
  }

  /** A row or document that was skipped, or a note that more were counted than listed. */
  record ErrorPiece(String source, long line, String errorId, String message)
      implements ScanPiece {}

  /** How many records and errors one partition of one input gave. */
  record CountPiece(int fileIndex, long records, long errors) implements ScanPiece {}
}
