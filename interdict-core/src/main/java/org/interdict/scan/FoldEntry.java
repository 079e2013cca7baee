package org.interdict.scan;

import java.util.Comparator;
import java.util.Objects;
import org.interdict.model.SoftwareRecord;

/**
 * One detected record on its way to becoming a finding: the record, the product and context it was
 * detected as, and how many records folded into it. Entries with equal {@link #FOLD} keys are the
 * same finding; {@link #ORDER} adds the location so the first record read (lowest line, then
 * pointer) comes first.
 */
record FoldEntry(SoftwareRecord record, String productId, String contextId, long occurrences) {
  /** The finding's identity: host, product, context, record name, version, parent and file. */
  static final Comparator<FoldEntry> FOLD =
      Comparator.comparing((FoldEntry e) -> e.record.host())
          .thenComparing(FoldEntry::productId)
          .thenComparing(FoldEntry::contextId)
          .thenComparing(e -> e.record.name())
          .thenComparing(e -> e.record.version())
          .thenComparing(e -> e.record.parentName())
          .thenComparing(e -> e.record.location().file());

  /** The documented order of findings: {@link #FOLD}, then where the record was read. */
  static final Comparator<FoldEntry> ORDER =
      FOLD.thenComparingLong((FoldEntry e) -> e.record.location().line())
          .thenComparing(e -> e.record.location().pointer());

  FoldEntry {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(contextId, "contextId");
  }

  /** The key the finding id is derived from; the same fields as {@link #FOLD}. */
  String key() {
    return String.join(
        "\u0000",
        record.host(),
        productId,
        contextId,
        record.name(),
        record.version(),
        record.parentName(),
        record.location().file());
  }

  FoldEntry plus(long more) {
    return new FoldEntry(record, productId, contextId, occurrences + more);
  }
}
