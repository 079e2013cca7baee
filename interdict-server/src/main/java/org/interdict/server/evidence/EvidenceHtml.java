package org.interdict.server.evidence;

import java.util.List;
import java.util.Map;
import org.interdict.store.Json;

/**
 * Renders an evidence pack as one self-contained HTML page: no script, no external file; its own
 * styles inline; every value escaped; the pack's JSON in full at the end, so the page alone carries
 * everything. Stateless.
 */
public final class EvidenceHtml {
  private EvidenceHtml() {}

  public static String render(Map<String, Object> pack) {
    StringBuilder out = new StringBuilder(16_384);
    out.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape("Interdict evidence: " + pack.get("kind") + " " + pack.get("subjectId")))
        .append(
            "</title><style>body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#111;max-width:70rem}"
                + "h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ddd}"
                + "table{border-collapse:collapse;width:100%;margin:.4rem 0}td,th{border:1px solid #ddd;padding:.25rem"
                + " .4rem;text-align:left;vertical-align:top}th{background:#f5f5f5}code,pre{font-family:monospace;"
                + "overflow-wrap:anywhere;white-space:pre-wrap}</style></head><body>\n");
    out.append("<h1>")
        .append(escape("Evidence: " + pack.get("kind") + " " + pack.get("subjectId")))
        .append("</h1>\n");
    out.append("<p>Generated ")
        .append(escape(pack.get("generatedAt")))
        .append(" by ")
        .append(escape(pack.get("generatedBy")))
        .append(" with Interdict ")
        .append(escape(pack.get("toolVersion")))
        .append(". Schema <code>")
        .append(escape(pack.get("schema")))
        .append("</code>.</p>\n");
    for (Map.Entry<String, Object> section : pack.entrySet()) {
      if (List.of("kind", "subjectId", "generatedAt", "generatedBy", "toolVersion", "schema")
          .contains(section.getKey())) {
        continue;
      }
      out.append("<h2>").append(escape(section.getKey())).append("</h2>\n");
      value(out, section.getValue());
    }
    out.append("<h2>The pack as JSON</h2>\n<pre id=\"evidence-json\">")
        .append(escape(Json.write(pack)))
        .append("</pre>\n</body></html>\n");
    return out.toString();
  }

  private static void value(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> map) {
      out.append("<table><tbody>");
      map.forEach(
          (k, v) -> {
            out.append("<tr><th>").append(escape(k)).append("</th><td>");
            value(out, v);
            out.append("</td></tr>");
          });
      out.append("</tbody></table>\n");
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("<em>none</em>");
      }
      for (Object item : list) {
        if (item instanceof Map || item instanceof List) {
          value(out, item);
        } else {
          out.append("<code>").append(escape(item)).append("</code> ");
        }
      }
    } else {
      out.append(escape(value));
    }
  }

  static String escape(Object value) {
    String text = value == null ? "" : String.valueOf(value);
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
