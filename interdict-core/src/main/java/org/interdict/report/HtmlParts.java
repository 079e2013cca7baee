package org.interdict.report;

/**
 * The fixed style sheet and script of the HTML report, kept apart from the markup that uses them.
 */
final class HtmlParts {
  private HtmlParts() {}

  static final String CSS =
      String.join(
          "\n",
          "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 2rem 3rem;color:#1f2933;"
              + "display:flex;flex-direction:column}",
          // The page is written as the scan streams (findings before totals); CSS puts the totals
          // back on top.
          "header{order:1}#totals{order:2}#findings-section{order:3}#errors{order:4}",
          "header{border-bottom:1px solid #d9e2ec;margin-bottom:1rem}h1{margin:.8rem 0 .2rem}",
          "h2{margin-top:2rem;font-size:1.1rem}",
          ".cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#f0f4f8;border-radius:8px;padding:.7rem 1.2rem}",
          ".card .value{font-size:1.6rem;font-weight:600}",
          "table{border-collapse:collapse;width:100%;margin-top:.5rem}",
          "th,td{border-bottom:1px solid #e4e7eb;padding:.4rem .5rem;text-align:left;vertical-align:top}",
          "th{background:#f5f7fa}small{color:#52606d}",
          ".pill{color:#fff;border-radius:10px;padding:1px 8px;font-size:12px;white-space:nowrap}",
          ".chart text{font-size:12px;fill:#1f2933}",
          "#filter{margin-top:.5rem;padding:.35rem .6rem;width:20rem;border:1px solid #bcccdc;border-radius:6px}");

  static final String SCRIPT =
      String.join(
          "\n",
          "function filterRows(q){q=q.toLowerCase();",
          "document.querySelectorAll('#findings tr').forEach(function(r,i){",
          "if(i>0){r.style.display=r.textContent.toLowerCase().indexOf(q)>=0?'':'none';}});}");
}
