package org.interdict.report;

import java.io.IOException;
import java.io.Writer;
import org.interdict.scan.ScanResult;

/** The scan as the JSON document documented in docs/scan-json.md. */
final class JsonReport implements ReportWriter {
  @Override
  public String formatId() {
    return "json";
  }

  @Override
  public void write(ScanResult result, Writer out) throws IOException {
    Json.write(ReportModel.of(result), out);
  }
}
