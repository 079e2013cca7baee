package org.interdict.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.interdict.policy.RegimeOutcome;
import org.interdict.scan.Finding;
import org.interdict.scan.ScanResult;
import org.interdict.scan.ScanSummary;

/**
 * One self-contained HTML file (no scripts or styles fetched from anywhere): the summary, a bar chart of
 * findings by regime and status drawn as inline SVG, deadlines, the findings table with a text filter, and
 * the errors. Every inventory string is HTML-escaped, because inventories are untrusted input.
 */
final class HtmlReport implements ReportWriter {
  private static final Map<String, String> STATUS_COLOURS = Map.of(
      "prohibited", "#c62828", "prohibited-from", "#ef6c00", "review", "#6a1b9a", "advisory", "#f9a825",
      "not-covered", "#78909c");
  private static final List<String> STATUS_ORDER =
      List.of("prohibited", "prohibited-from", "review", "advisory", "not-covered");

  @Override
  public String formatId() {
    return "html";
  }

  @Override
  public void write(ScanResult result, Writer out) throws IOException {
    ScanSummary summary = result.summary();
    out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Interdict scan as of " + result.asOf() + "</title><style>" + HtmlParts.CSS + "</style></head><body>\n");
    out.write("<header><h1>Interdict scan</h1><p>As of <b>" + result.asOf() + "</b> for profile <b>"
        + esc(result.profile()) + "</b>, catalog " + esc(result.catalogVersion()) + ", interdict "
        + esc(result.toolVersion()) + "</p></header>\n<section class=\"cards\">");
    card(out, "Records", summary.records());
    card(out, "Findings", summary.findings());
    card(out, "Covered", summary.coveredFindings());
    card(out, "Hosts affected", summary.hostsAffected());
    card(out, "Errors", summary.errors());
    out.write("</section>\n<h2>Findings by regime and status</h2>\n");
    out.write(chart(summary));
    out.write("<h2>Deadlines</h2><table><tr><th>Regime</th><th>Obligation</th><th>Date</th><th>Days left</th>"
        + "<th>Findings</th></tr>");
    for (ScanSummary.Deadline d : summary.deadlines()) {
      out.write("<tr><td>" + esc(d.regimeId()) + "</td><td>" + esc(d.obligationId()) + "</td><td>" + d.date()
          + "</td><td>" + d.daysLeft() + "</td><td>" + d.findings() + "</td></tr>");
    }
    out.write("</table>\n<h2>Findings</h2><input id=\"filter\" placeholder=\"Filter findings\" "
        + "oninput=\"filterRows(this.value)\"><table id=\"findings\"><tr><th>Status</th><th>Host</th><th>Product</th>"
        + "<th>Context</th><th>Record</th><th>Where</th><th>Regimes</th></tr>\n");
    for (Finding finding : result.findings()) {
      findingRow(out, finding);
    }
    out.write("</table>\n");
    if (!result.errors().isEmpty()) {
      out.write("<h2>Errors</h2><ul>");
      for (org.interdict.model.InputError error : result.errors()) {
        out.write("<li>" + esc(error.toString()) + "</li>");
      }
      out.write("</ul>");
    }
    out.write("<script>" + HtmlParts.SCRIPT + "</script></body></html>\n");
    out.flush();
  }

  private static void findingRow(Writer out, Finding finding) throws IOException {
    StringBuilder regimes = new StringBuilder();
    for (RegimeOutcome outcome : finding.outcomes()) {
      regimes.append("<div><span class=\"pill\" style=\"background:").append(STATUS_COLOURS.get(outcome.status().id()))
          .append("\">").append(esc(outcome.statusText())).append("</span> ").append(esc(outcome.regimeId()))
          .append(outcome.deadline().map(d -> " (deadline " + d + ")").orElse("")).append("<br><small>")
          .append(esc(outcome.status().isCovered() ? outcome.action() : outcome.reason())).append("</small></div>");
    }
    if (!finding.detection().product().note().isEmpty()) {
      regimes.append("<div><small>").append(esc(finding.detection().product().note())).append("</small></div>");
    }
    String status = finding.worstStatus().id();
    out.write("<tr><td><span class=\"pill\" style=\"background:" + STATUS_COLOURS.get(status) + "\">" + status
        + "</span></td><td>" + esc(finding.record().host()) + "</td><td>" + esc(finding.detection().product().name())
        + "<br><small>" + esc(finding.detection().product().id()) + ", " + finding.detection().confidence().id()
        + " confidence</small></td><td>" + finding.detection().context().id() + "</td><td>"
        + esc(finding.record().name()) + " " + esc(finding.record().version()) + "<br><small>"
        + esc(finding.record().publisher()) + "</small></td><td><small>" + esc(finding.record().location().toString())
        + "</small></td><td>" + regimes + "</td></tr>\n");
  }

  private static String chart(ScanSummary summary) {
    long max = 1;
    for (Map<String, Long> counts : summary.byRegimeAndStatus().values()) {
      max = Math.max(max, counts.values().stream().mapToLong(Long::longValue).sum());
    }
    int rowHeight = 28;
    int labelWidth = 230;
    int barWidth = 520;
    StringBuilder svg = new StringBuilder("<svg class=\"chart\" role=\"img\" width=\"" + (labelWidth + barWidth + 60)
        + "\" height=\"" + (rowHeight * Math.max(1, summary.byRegimeAndStatus().size()) + 30) + "\">");
    int row = 0;
    for (Map.Entry<String, Map<String, Long>> regime : summary.byRegimeAndStatus().entrySet()) {
      int y = row * rowHeight;
      svg.append("<text x=\"0\" y=\"").append(y + 18).append("\">").append(esc(regime.getKey())).append("</text>");
      double x = labelWidth;
      for (String status : STATUS_ORDER) {
        long count = regime.getValue().getOrDefault(status, 0L);
        if (count == 0) {
          continue;
        }
        double width = (double) barWidth * count / max;
        svg.append(String.format(java.util.Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"><title>%s: %d</title></rect>",
            x, y + 4, width, STATUS_COLOURS.get(status), status, count));
        x += width;
      }
      svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%d</text>", x + 6, y + 18,
          regime.getValue().values().stream().mapToLong(Long::longValue).sum()));
      row++;
    }
    int legendY = row * rowHeight + 20;
    int legendX = labelWidth;
    for (String status : STATUS_ORDER) {
      svg.append("<rect x=\"").append(legendX).append("\" y=\"").append(legendY - 10)
          .append("\" width=\"10\" height=\"10\" fill=\"").append(STATUS_COLOURS.get(status)).append("\"/>")
          .append("<text x=\"").append(legendX + 14).append("\" y=\"").append(legendY).append("\">").append(status)
          .append("</text>");
      legendX += 130;
    }
    return svg.append("</svg>\n").toString();
  }

  private static void card(Writer out, String label, long value) throws IOException {
    out.write("<div class=\"card\"><div class=\"value\">" + value + "</div><div>" + label + "</div></div>");
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
