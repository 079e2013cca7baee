package org.interdict.spark.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.interdict.report.ReportOptions;
import org.interdict.report.Reports;
import org.interdict.scan.FindingSink;
import org.interdict.scan.ScanHeader;
import org.interdict.scan.ScanResult;

/**
 * {@code OUTPUT/summary.json}: the scan JSON document (docs/scan-json.md, written by the CLI's own
 * JSON report) without its {@code findings} and {@code errors} arrays, which are the {@code
 * findings} and {@code errors} datasets beside it: {@code $schema}, tool, asOf, profile,
 * generatedAt, complete, inputs and summary.
 */
final class SummaryFile {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryFile() {}

  /**
   * {@code result.errors()} is not written (the errors dataset holds them); its summary counts them
   * all.
   */
  static String json(ScanResult result) {
    ScanHeader header = result.header();
    StringWriter text = new StringWriter();
    FindingSink report = Reports.byId("json").open(text, ReportOptions.defaults());
    report.begin(header);
    report.end(new ScanResult(header, result.inputs(), List.of(), result.summary()));
    try {
      ObjectNode document = (ObjectNode) JSON.readTree(text.toString());
      document.remove(List.of("findings", "errors"));
      return JSON.writeValueAsString(document) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the summary: " + e.getMessage(), e);
    }
  }
}
