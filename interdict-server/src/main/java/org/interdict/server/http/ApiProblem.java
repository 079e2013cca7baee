package org.interdict.server.http;

import java.util.List;

/**
 * A request that cannot be served, answered as RFC 9457 problem details: the HTTP status, a stable
 * kebab-case type id (docs/api.md, {@link ProblemType}), a title, a detail for this request and
 * optional per-field errors. Thrown only by the HTTP layer (the {@code *Api} classes and request
 * parsing); core and the services throw {@link org.interdict.InterdictException}s, which {@link
 * Problems} translates through {@link ProblemType#of}.
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

  public ApiProblem(ProblemType type, String detail) {
    this(type.status(), type.id(), type.title(), detail, List.of());
  }

  public ApiProblem(ProblemType type, String detail, List<String> errors) {
    this(type.status(), type.id(), type.title(), detail, errors);
  }

  /**
   * The answer to a named failure of core or a service, through {@link ProblemType#of}; empty when
   * it has none.
   */
  public static java.util.Optional<ApiProblem> from(RuntimeException e) {
    return ProblemType.of(e).map(type -> new ApiProblem(type, e.getMessage()));
  }

  public static ApiProblem invalidParameter(String detail) {
    return new ApiProblem(ProblemType.INVALID_PARAMETER, detail);
  }

  public static ApiProblem unknownParameter(String detail) {
    return new ApiProblem(ProblemType.UNKNOWN_PARAMETER, detail);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(ProblemType.NOT_FOUND, detail);
  }

  public static ApiProblem unauthorized(String detail) {
    return new ApiProblem(ProblemType.UNAUTHORIZED, detail);
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(ProblemType.FORBIDDEN, detail);
  }

  public static ApiProblem payloadTooLarge(String detail) {
    return new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, detail);
  }

  public static ApiProblem conflict(String detail) {
    return new ApiProblem(ProblemType.CONFLICT, detail);
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
