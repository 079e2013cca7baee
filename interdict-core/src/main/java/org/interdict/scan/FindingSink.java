package org.interdict.scan;

/**
 * Where a scan delivers its findings as they are produced, in the order documented in
 * docs/scan-json.md (by host, product, context, record name, version, parent and file), between one
 * {@link #begin} and one {@link #end}. A report writer is one; the server's store is another.
 * Called from one thread at a time.
 */
public interface FindingSink {
  /** Before the first finding: what the scan is about. */
  default void begin(ScanHeader header) {}

  void finding(Finding finding);

  /** After the last finding: the inputs, the errors kept and the counters. */
  default void end(ScanResult result) {}
}
