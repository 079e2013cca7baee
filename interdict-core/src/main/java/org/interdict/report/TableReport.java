package org.interdict.report;

import static org.interdict.report.JsonReport.io;
import static org.interdict.text.TerminalText.sanitize;

import java.io.Writer;
import java.util.Locale;
import org.interdict.detection.Evidence;
import org.interdict.model.InputError;
import org.interdict.policy.RegimeOutcome;
import org.interdict.scan.Finding;
import org.interdict.scan.FindingSink;
import org.interdict.scan.ScanHeader;
import org.interdict.scan.ScanResult;

/**
 * Plain text for a terminal, streamed: a header line, one block per finding as it arrives, then the
 * inputs, the errors and the totals ({@link TableSummary}). Every inventory string passes through
 * {@link org.interdict.text.TerminalText#sanitize}, because a hostile inventory could otherwise
 * drive the terminal.
 */
final class TableReport implements ReportWriter {
  @Override
  public String formatId() {
    return "table";
  }

  @Override
  public FindingSink open(Writer out, ReportOptions options) {
    return new FindingSink() {
      private long findings;

      @Override
      public void begin(ScanHeader header) {
        io(
            () ->
                out.write(
                    "Interdict scan as of "
                        + header.asOf()
                        + ", profile "
                        + header.profile()
                        + ", catalog "
                        + header.catalogVersion()
                        + "\n\n"));
      }

      @Override
      public void finding(Finding finding) {
        findings++;
        io(() -> out.write(block(finding, options.allRegimes())));
      }

      @Override
      public void end(ScanResult result) {
        io(
            () -> {
              if (findings == 0) {
                out.write("No catalogued software found.\n\n");
              }
              if (!result.errors().isEmpty()) {
                out.write("Errors (the scan went on past them):\n");
                for (InputError error : result.errors()) {
                  out.write("  " + sanitize(error.toString()) + "\n");
                }
                if (result.summary().errors() > result.errors().size()) {
                  out.write(
                      "  ... and "
                          + (result.summary().errors() - result.errors().size())
                          + " more\n");
                }
                out.write("\n");
              }
              out.write(TableSummary.of(result));
              out.flush();
            });
      }
    };
  }

  private static String block(Finding finding, boolean allRegimes) {
    StringBuilder text = new StringBuilder(512);
    String host =
        finding.record().host().isEmpty() ? "(no host)" : sanitize(finding.record().host());
    text.append(finding.worstStatus().id().toUpperCase(Locale.ROOT))
        .append("  ")
        .append(finding.detection().product().name())
        .append(" [")
        .append(finding.detection().product().id())
        .append("]  ")
        .append(finding.detection().context().id())
        .append(", confidence ")
        .append(finding.detection().confidence().id())
        .append('\n');
    text.append("  ")
        .append(host)
        .append(": \"")
        .append(sanitize(finding.record().name()))
        .append('"')
        .append(
            finding.record().version().isEmpty() ? "" : " " + sanitize(finding.record().version()))
        .append(" at ")
        .append(sanitize(finding.record().location().toString()))
        .append(finding.occurrences() > 1 ? " (" + finding.occurrences() + " times)" : "")
        .append('\n');
    text.append("  evidence:");
    for (Evidence e : finding.detection().evidence()) {
      text.append(' ').append(sanitize(e.rule())).append(" (").append(e.field()).append(')');
    }
    text.append('\n');
    StringBuilder notCovered = new StringBuilder();
    for (RegimeOutcome outcome : finding.outcomes()) {
      if (!outcome.status().isCovered()) {
        notCovered.append(notCovered.length() == 0 ? "" : ", ").append(outcome.regimeId());
        continue;
      }
      text.append("  - ")
          .append(outcome.regimeId())
          .append(": ")
          .append(outcome.statusText())
          .append(outcome.deadline().map(d -> ", deadline " + d).orElse(""))
          .append('\n');
      text.append("      ")
          .append(outcome.action())
          .append(" [")
          .append(outcome.citation())
          .append("]\n");
    }
    if (allRegimes && notCovered.length() > 0) {
      // Regimes that name the vendor but not this profile, context or category; the summary counts
      // them.
      text.append("  - not covered: ").append(notCovered).append('\n');
    }
    if (!finding.detection().product().note().isEmpty()) {
      text.append("  note: ").append(finding.detection().product().note()).append('\n');
    }
    return text.append('\n').toString();
  }
}
