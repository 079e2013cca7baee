package org.interdict.report;

import java.io.Writer;
import org.interdict.scan.FindingSink;

/**
 * Renders a scan in one format as it streams: {@link #open} gives the sink a scan writes its
 * findings to, and each finding is written when it arrives, so a report never holds the findings in
 * memory. Write failures surface as {@link java.io.UncheckedIOException}. Implementations are
 * stateless and thread-safe; each sink is for one scan.
 */
public interface ReportWriter {
  /** Stable id used by {@code --format}. */
  String formatId();

  FindingSink open(Writer out, ReportOptions options);
}
