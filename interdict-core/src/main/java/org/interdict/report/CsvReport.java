package org.interdict.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.interdict.model.SoftwareRecord;
import org.interdict.policy.RegimeOutcome;
import org.interdict.scan.Finding;
import org.interdict.scan.ScanResult;

/**
 * One CSV row per finding and regime (RFC 4180, UTF-8, header first), for spreadsheets; a finding that no
 * regime names gets one row with an empty regime. Cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe, because inventory text is untrusted.
 */
final class CsvReport implements ReportWriter {
  private static final List<String> HEADER = List.of("finding_id", "host", "file", "line", "pointer", "product_id",
      "product_name", "vendor", "category", "context", "confidence", "record_name", "record_version",
      "record_publisher", "regime", "status", "effective_from", "deadline", "citation", "action");

  @Override
  public String formatId() {
    return "csv";
  }

  @Override
  public void write(ScanResult result, Writer out) throws IOException {
    row(out, HEADER);
    for (Finding finding : result.findings()) {
      if (finding.outcomes().isEmpty()) {
        row(out, cells(finding, null));
      }
      for (RegimeOutcome outcome : finding.outcomes()) {
        row(out, cells(finding, outcome));
      }
    }
    out.flush();
  }

  private static List<String> cells(Finding finding, RegimeOutcome outcome) {
    SoftwareRecord record = finding.record();
    return List.of(finding.id(), record.host(), record.location().file(),
        record.location().line() == 0 ? "" : Long.toString(record.location().line()), record.location().pointer(),
        finding.detection().product().id(), finding.detection().product().name(), finding.detection().vendor().id(),
        finding.detection().product().category(), finding.detection().context().id(),
        finding.detection().confidence().id(), record.name(), record.version(), record.publisher(),
        outcome == null ? "" : outcome.regimeId(),
        outcome == null ? "not-covered" : outcome.status().id(),
        outcome == null ? "" : outcome.effectiveFrom().map(Object::toString).orElse(""),
        outcome == null ? "" : outcome.deadline().map(Object::toString).orElse(""),
        outcome == null ? "" : outcome.citation(),
        outcome == null ? finding.detection().product().note() : outcome.action());
  }

  static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(cells.get(i)));
    }
    out.write("\r\n");
  }

  static String escape(String cell) {
    String value = cell;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
