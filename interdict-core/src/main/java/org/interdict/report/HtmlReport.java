package org.interdict.report;

import static org.interdict.report.JsonReport.io;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interdict.model.InputError;
import org.interdict.policy.RegimeOutcome;
import org.interdict.policy.Status;
import org.interdict.scan.Finding;
import org.interdict.scan.FindingSink;
import org.interdict.scan.ScanHeader;
import org.interdict.scan.ScanResult;
import org.interdict.scan.ScanSummary;

/**
 * One self-contained HTML file (no scripts or styles fetched from anywhere), streamed: the header,
 * the findings table with a text filter (at most {@link ReportOptions#htmlRows()} rows, saying so
 * and where the full data is when there are more), then the totals, a bar chart by regime and
 * status drawn as inline SVG, the deadlines and the errors, which CSS shows above the table. Every
 * inventory string is HTML-escaped, because inventories are untrusted input.
 */
final class HtmlReport implements ReportWriter {
  private static final Map<Status, String> STATUS_COLOURS =
      Map.of(
          Status.PROHIBITED,
          "#c62828",
          Status.PROHIBITED_FROM,
          "#ef6c00",
          Status.REVIEW,
          "#6a1b9a",
          Status.ADVISORY,
          "#f9a825",
          Status.WAIVED,
          "#2e7d32",
          Status.NOT_COVERED,
          "#78909c");

  @Override
  public String formatId() {
    return "html";
  }

  @Override
  public FindingSink open(Writer out, ReportOptions options) {
    return new FindingSink() {
      private long findings;

      @Override
      public void begin(ScanHeader header) {
        io(
            () -> {
              out.write(
                  "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                      + "<title>Interdict scan as of "
                      + header.asOf()
                      + "</title><style>"
                      + HtmlParts.CSS
                      + "</style></head><body>\n");
              out.write(
                  "<header><h1>Interdict scan</h1><p>As of <b>"
                      + header.asOf()
                      + "</b> for profile <b>"
                      + esc(header.profile())
                      + "</b>, catalog "
                      + esc(header.catalogVersion())
                      + ", interdict "
                      + esc(header.toolVersion())
                      + "</p></header>\n");
              out.write(
                  "<section id=\"findings-section\"><h2>Findings</h2><input id=\"filter\" "
                      + "placeholder=\"Filter findings\" oninput=\"filterRows(this.value)\"><table id=\"findings\"><tr>"
                      + "<th>Status</th><th>Host</th><th>Product</th><th>Context</th><th>Record</th><th>Where</th>"
                      + "<th>Regimes</th></tr>\n");
            });
      }

      @Override
      public void finding(Finding finding) {
        if (findings++ < options.htmlRows()) {
          io(() -> out.write(findingRow(finding, options.allRegimes())));
        }
      }

      @Override
      public void end(ScanResult result) {
        io(
            () -> {
              out.write("</table>\n");
              if (findings > options.htmlRows()) {
                out.write(
                    "<p><b>This table shows the first "
                        + options.htmlRows()
                        + " of "
                        + findings
                        + " findings.</b> "
                        + (options.fullData().isEmpty()
                            ? "All of them are in the JSON report (--format json)."
                            : "All of them are in " + esc(options.fullData()) + ".")
                        + "</p>\n");
              }
              out.write("</section>\n");
              out.write(totals(result));
              if (!result.errors().isEmpty()) {
                out.write("<section id=\"errors\"><h2>Errors</h2><ul>");
                for (InputError error : result.errors()) {
                  out.write("<li>" + esc(error.toString()) + "</li>");
                }
                out.write("</ul></section>\n");
              }
              out.write("<script>" + HtmlParts.SCRIPT + "</script></body></html>\n");
              out.flush();
            });
      }
    };
  }

  private static String totals(ScanResult result) {
    ScanSummary summary = result.summary();
    StringBuilder html = new StringBuilder("<section id=\"totals\"><div class=\"cards\">");
    card(html, "Records", summary.records());
    card(html, "Findings", summary.findings());
    card(html, "Covered", summary.coveredFindings());
    card(html, "Hosts affected", summary.hostsAffected());
    card(html, "Errors", summary.errors());
    html.append("</div>\n");
    if (result.incomplete()) {
      html.append(
          "<p><b>Incomplete:</b> some input could not be read; this report covers only what was read.</p>");
    }
    html.append("<h2>Findings by regime and status</h2>\n").append(chart(summary));
    html.append(
        "<h2>Deadlines</h2><table><tr><th>Regime</th><th>Obligation</th><th>Date</th><th>Days left</th>"
            + "<th>Findings</th></tr>");
    for (ScanSummary.Deadline d : summary.deadlines()) {
      html.append("<tr><td>")
          .append(esc(d.regimeId()))
          .append("</td><td>")
          .append(esc(d.obligationId()))
          .append("</td><td>")
          .append(d.date())
          .append("</td><td>")
          .append(d.daysLeft())
          .append("</td><td>")
          .append(d.findings())
          .append("</td></tr>");
    }
    return html.append("</table></section>\n").toString();
  }

  private static String findingRow(Finding finding, boolean allRegimes) {
    StringBuilder regimes = new StringBuilder();
    for (RegimeOutcome outcome : allRegimes ? finding.outcomes() : finding.coveringOutcomes()) {
      regimes
          .append("<div><span class=\"pill\" style=\"background:")
          .append(STATUS_COLOURS.get(outcome.status()))
          .append("\">")
          .append(esc(outcome.statusText()))
          .append("</span> ")
          .append(esc(outcome.regimeId()))
          .append(outcome.deadline().map(d -> " (deadline " + d + ")").orElse(""))
          .append("<br><small>")
          .append(esc(outcome.status().isCovered() ? outcome.action() : outcome.reason()))
          .append("</small></div>");
    }
    if (!finding.detection().product().note().isEmpty()) {
      regimes
          .append("<div><small>")
          .append(esc(finding.detection().product().note()))
          .append("</small></div>");
    }
    Status status = finding.worstStatus();
    return "<tr><td><span class=\"pill\" style=\"background:"
        + STATUS_COLOURS.get(status)
        + "\">"
        + status.id()
        + "</span></td><td>"
        + esc(finding.record().host())
        + "</td><td>"
        + esc(finding.detection().product().name())
        + "<br><small>"
        + esc(finding.detection().product().id())
        + ", "
        + finding.detection().confidence().id()
        + " confidence</small></td><td>"
        + finding.detection().context().id()
        + "</td><td>"
        + esc(finding.record().name())
        + " "
        + esc(finding.record().version())
        + "<br><small>"
        + esc(finding.record().publisher())
        + "</small></td><td><small>"
        + esc(finding.record().location().toString())
        + (finding.occurrences() > 1 ? ", " + finding.occurrences() + " times" : "")
        + "</small></td><td>"
        + regimes
        + "</td></tr>\n";
  }

  private static String chart(ScanSummary summary) {
    long max = 1;
    for (ScanSummary.RegimeCount regime : summary.regimes()) {
      max = Math.max(max, regime.total());
    }
    int rowHeight = 28;
    int labelWidth = 230;
    int barWidth = 520;
    StringBuilder svg =
        new StringBuilder(
            "<svg class=\"chart\" role=\"img\" width=\""
                + (labelWidth + barWidth + 60)
                + "\" height=\""
                + (rowHeight * Math.max(1, summary.regimes().size()) + 30)
                + "\">");
    int row = 0;
    for (ScanSummary.RegimeCount regime : summary.regimes()) {
      int y = row * rowHeight;
      svg.append("<text x=\"0\" y=\"")
          .append(y + 18)
          .append("\">")
          .append(esc(regime.regimeId()))
          .append("</text>");
      double x = labelWidth;
      for (Map.Entry<Status, Long> count : regime.byStatus().entrySet()) {
        if (count.getValue() == 0) {
          continue;
        }
        double width = (double) barWidth * count.getValue() / max;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"><title>%s: %d</title></rect>",
                x,
                y + 4,
                width,
                STATUS_COLOURS.get(count.getKey()),
                count.getKey().id(),
                count.getValue()));
        x += width;
      }
      svg.append(
          String.format(
              Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%d</text>", x + 6, y + 18, regime.total()));
      row++;
    }
    int legendY = row * rowHeight + 20;
    int legendX = labelWidth;
    for (Status status : List.of(Status.values())) {
      svg.append("<rect x=\"")
          .append(legendX)
          .append("\" y=\"")
          .append(legendY - 10)
          .append("\" width=\"10\" height=\"10\" fill=\"")
          .append(STATUS_COLOURS.get(status))
          .append("\"/>")
          .append("<text x=\"")
          .append(legendX + 14)
          .append("\" y=\"")
          .append(legendY)
          .append("\">")
          .append(status.id())
          .append("</text>");
      legendX += 130;
    }
    return svg.append("</svg>\n").toString();
  }

  private static void card(StringBuilder html, String label, long value) {
    html.append("<div class=\"card\"><div class=\"value\">")
        .append(value)
        .append("</div><div>")
        .append(label)
        .append("</div></div>");
  }

  static String esc(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
