package org.interdict.report;

import java.io.IOException;
import java.io.Writer;
import org.interdict.scan.ScanResult;

/** Renders a scan result in one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {
  /** Stable id used by {@code --format}. */
  String formatId();

  void write(ScanResult result, Writer out) throws IOException;
}
