package org.interdict.report;

import static org.interdict.report.JsonReport.io;

import java.io.Writer;
import java.util.List;
import org.interdict.model.SoftwareRecord;
import org.interdict.policy.RegimeOutcome;
import org.interdict.report.csv.SafeCsvWriter;
import org.interdict.scan.Finding;
import org.interdict.scan.FindingSink;
import org.interdict.scan.ScanHeader;
import org.interdict.scan.ScanResult;

/**
 * One CSV row per finding and covering regime (RFC 4180, UTF-8, header first, written through the
 * one formula-safe {@link SafeCsvWriter}), streamed in the order findings arrive and, within a
 * finding, in the catalog's order of regimes; a finding that no regime covers gets one {@code
 * not-covered} row with an empty regime. With {@code allRegimes}, one row per regime that names the
 * vendor. Input errors are not rows: the CLI reports them on stderr and in the exit code
 * (docs/scan-json.md, "CSV").
 */
final class CsvReport implements ReportWriter {
  private static final List<String> HEADER =
      List.of(
          "finding_id",
          "host",
          "file",
          "line",
          "pointer",
          "product_id",
          "product_name",
          "vendor",
          "category",
          "context",
          "confidence",
          "occurrences",
          "record_name",
          "record_version",
          "record_publisher",
          "regime",
          "status",
          "effective_from",
          "deadline",
          "citation",
          "action");

  @Override
  public String formatId() {
    return "csv";
  }

  @Override
  public FindingSink open(Writer out, ReportOptions options) {
    SafeCsvWriter csv = SafeCsvWriter.of(out);
    return new FindingSink() {
      @Override
      public void begin(ScanHeader header) {
        csv.row(HEADER);
      }

      @Override
      public void finding(Finding finding) {
        List<RegimeOutcome> outcomes =
            options.allRegimes() ? finding.outcomes() : finding.coveringOutcomes();
        if (outcomes.isEmpty()) {
          csv.row(cells(finding, null));
        }
        for (RegimeOutcome outcome : outcomes) {
          csv.row(cells(finding, outcome));
        }
      }

      @Override
      public void end(ScanResult result) {
        io(csv::flush);
      }
    };
  }

  private static List<String> cells(Finding finding, RegimeOutcome outcome) {
    SoftwareRecord record = finding.record();
    return List.of(
        finding.id(),
        record.host(),
        record.location().file(),
        record.location().line() == 0 ? "" : Long.toString(record.location().line()),
        record.location().pointer(),
        finding.detection().product().id(),
        finding.detection().product().name(),
        finding.detection().vendor().id(),
        finding.detection().product().category(),
        finding.detection().context().id(),
        finding.detection().confidence().id(),
        Long.toString(finding.occurrences()),
        record.name(),
        record.version(),
        record.publisher(),
        outcome == null ? "" : outcome.regimeId(),
        outcome == null ? "not-covered" : outcome.status().id(),
        outcome == null ? "" : outcome.effectiveFrom().map(Object::toString).orElse(""),
        outcome == null ? "" : outcome.deadline().map(Object::toString).orElse(""),
        outcome == null ? "" : outcome.citation(),
        outcome == null ? finding.detection().product().note() : outcome.action());
  }
}
