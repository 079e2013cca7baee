package org.interdict.server.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers as {@code application/problem+json}: requests refused before they reach
 * the API (a malformed or oversized header, 431; a URI too long, 414; an ambiguous or traversing
 * path, 400) and errors Jetty turns into a status itself. The body never holds a stack trace or the
 * request's content.
 */
public final class ProblemErrorHandler extends ErrorHandler {
  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    baseRequest.setHandled(true);
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    SecurityHeaders.apply(response::setHeader);
    response.setContentType(Problems.CONTENT_TYPE);
    response
        .getOutputStream()
        .write(body(status, message == null ? null : message.toString(), request.getRequestURI()));
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
    SecurityHeaders.apply(fields::put);
    return ByteBuffer.wrap(body(status, reason, null));
  }

  private static byte[] body(int status, String reason, String instance) {
    String title = HttpStatus.getMessage(status);
    String type =
        status >= 500
            ? "internal-error"
            : switch (status) {
              case 404 -> "not-found";
              case 413 -> "payload-too-large";
              case 414 -> "uri-too-long";
              case 431 -> "request-header-fields-too-large";
              default -> "bad-request";
            };
    String detail =
        status >= 500
            ? "the server failed to answer this request; the error is in its log"
            : "the server refused the request before reading it: "
                + (reason == null || reason.isBlank() ? title : reason);
    StringBuilder json =
        new StringBuilder("{\"type\":")
            .append(quote(Problems.TYPE_BASE + type))
            .append(",\"title\":")
            .append(quote(title))
            .append(",\"status\":")
            .append(status)
            .append(",\"detail\":")
            .append(quote(detail));
    if (instance != null) {
      json.append(",\"instance\":").append(quote(instance));
    }
    return json.append(",\"errors\":[]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A JSON string literal; Jetty's reasons are short ASCII, but escape everything that could break
   * out.
   */
  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
