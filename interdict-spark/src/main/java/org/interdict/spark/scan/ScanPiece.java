package org.interdict.spark.scan;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** What scanning one partition gives: findings (folded within the partition), skipped rows, and record counts. */
sealed interface ScanPiece extends Serializable {
  /**
   * A finding as the scan JSON schema writes it, with what folding and the summary need beside it. {@code key} is
   * the CLI's fold key (host, product, context, name, version, parent, file); {@code line} and {@code seq} (its
   * position among its partition's findings) order findings as the CLI first met them, and pick the first record
   * when partitions are folded. {@code outcomes} are "regime|status|obligation|deadline" for the summary.
   */
  record FoundPiece(String key, int fileIndex, long line, long seq, long occurrences, String json, String productId,
      String host, boolean covered, List<String> outcomes) implements ScanPiece {
    public FoundPiece {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(json, "json");
      outcomes = List.copyOf(outcomes);
    }

    /** This finding folded with the same product on the same host seen in another partition of the file. */
    FoundPiece fold(FoundPiece other) {
      boolean first = line < other.line || (line == other.line && seq <= other.seq);
      FoundPiece kept = first ? this : other;
      return new FoundPiece(kept.key, kept.fileIndex, kept.line, kept.seq, occurrences + other.occurrences,
          kept.json, kept.productId, kept.host, kept.covered, kept.outcomes);
    }
  }

  /** A row or document that was skipped, or a note that more were counted than listed. */
  record ErrorPiece(String source, long line, String errorId, String message) implements ScanPiece {}

  /** How many records and errors one partition of one input gave. */
  record CountPiece(int fileIndex, long records, long errors) implements ScanPiece {}
}
