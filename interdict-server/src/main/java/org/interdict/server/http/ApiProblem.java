package org.interdict.server.http;

import java.util.List;

/**
 * A request that cannot be served, answered as RFC 9457 problem details: the HTTP status, a stable kebab-case
 * type id (docs/api.md), a title, a detail for this request and optional per-field errors.
 */
public class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String typeId;
  private final String title;
  private final List<String> errors;

  public ApiProblem(int status, String typeId, String title, String detail, List<String> errors) {
    super(detail);
    this.status = status;
    this.typeId = typeId;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public ApiProblem(int status, String typeId, String title, String detail) {
    this(status, typeId, title, detail, List.of());
  }

  public static ApiProblem invalidParameter(String detail) {
    return new ApiProblem(400, "invalid-parameter", "Invalid parameter", detail);
  }

  public static ApiProblem unknownParameter(String detail) {
    return new ApiProblem(400, "unknown-parameter", "Unknown parameter", detail);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "not-found", "Not found", detail);
  }

  public static ApiProblem unauthorized(String detail) {
    return new ApiProblem(401, "unauthorized", "Unauthorized", detail);
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "forbidden", "Forbidden", detail);
  }

  public static ApiProblem payloadTooLarge(String detail) {
    return new ApiProblem(413, "payload-too-large", "Payload too large", detail);
  }

  public static ApiProblem conflict(String detail) {
    return new ApiProblem(409, "conflict", "Conflict", detail);
  }

  public int status() {
    return status;
  }

  public String typeId() {
    return typeId;
  }

  public String title() {
    return title;
  }

  public List<String> errors() {
    return errors;
  }
}
