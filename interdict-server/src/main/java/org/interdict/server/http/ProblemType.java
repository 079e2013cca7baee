package org.interdict.server.http;

import java.util.Locale;
import org.interdict.ConflictException;
import org.interdict.ForbiddenException;
import org.interdict.InvalidValueException;
import org.interdict.NotFoundException;
import org.interdict.TooLargeException;

/**
 * The catalogue of problem types the API answers (RFC 9457; docs/api.md "Errors"), as
 * Dependency-Track keeps its {@code ProblemType}s: each a stable kebab-case id under {@link
 * Problems#TYPE_BASE}, an HTTP status and a title. Ids never change once published; clients switch
 * on them. {@link #of(RuntimeException)} is the one place a core or service failure becomes an HTTP
 * answer.
 */
public enum ProblemType {
  BAD_REQUEST(400, "Bad request"),
  INVALID_PARAMETER(400, "Invalid parameter"),
  UNKNOWN_PARAMETER(400, "Unknown parameter"),
  MALFORMED_JSON(400, "Malformed JSON"),
  UNAUTHORIZED(401, "Unauthorized"),
  FORBIDDEN(403, "Forbidden"),
  CSRF_TOKEN_MISSING(403, "CSRF token missing"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  CONFLICT(409, "Conflict"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  URI_TOO_LONG(414, "URI too long"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  REQUEST_HEADER_FIELDS_TOO_LARGE(431, "Request header fields too large"),
  INTERNAL_ERROR(500, "Internal error"),
  DATABASE_UNAVAILABLE(503, "Database unavailable");

  private final int status;
  private final String id;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
    this.title = title;
  }

  /** The stable kebab-case id, the last segment of the problem's {@code type} URI. */
  public String id() {
    return id;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /**
   * The problem a named failure of core or a service answers as; empty for one that has no
   * client-side meaning (an unreadable stored file, a tampered snapshot: the server's own state,
   * answered 500 and logged) and for any other exception, a plain {@link IllegalArgumentException}
   * included (a bug).
   */
  public static java.util.Optional<ProblemType> of(RuntimeException e) {
    ProblemType type = null;
    if (e instanceof InvalidValueException) {
      type = INVALID_PARAMETER;
    } else if (e instanceof NotFoundException) {
      type = NOT_FOUND;
    } else if (e instanceof ForbiddenException) {
      type = FORBIDDEN;
    } else if (e instanceof ConflictException) {
      type = CONFLICT;
    } else if (e instanceof TooLargeException) {
      type = PAYLOAD_TOO_LARGE;
    }
    return java.util.Optional.ofNullable(type);
  }
}
