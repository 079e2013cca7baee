package org.interdict.server.oidc;

import io.javalin.http.Context;

/** The page a browser sees when a single sign-on fails: what went wrong and a way back. */
final class ErrorPage {
  private ErrorPage() {}

  static void show(Context ctx, int status, String message) {
    ctx.status(status)
        .contentType("text/html; charset=utf-8")
        .result(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Sign-in failed · Interdict</title></head><body>"
                + "<main id=\"sso-error\"><h1>Single sign-on failed</h1><p id=\"sso-error-message\">"
                + escape(message)
                + "</p><p><a href=\"/\">Back to the sign-in page</a></p></main></body></html>");
  }

  private static String escape(String text) {
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
