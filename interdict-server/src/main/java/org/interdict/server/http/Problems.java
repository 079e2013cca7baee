package org.interdict.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interdict.InterdictException;
import org.interdict.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into {@code application/problem+json}: our {@link ApiProblem}s, Javalin's own
 * HTTP errors, unmatched paths (404) and anything unexpected (500, logged with its stack trace
 * here, never sent to the client), errors such as running out of memory included ({@link
 * #guarded}). Jetty's own refusals are {@link ProblemErrorHandler}'s.
 */
public final class Problems {
  public static final String CONTENT_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://interdict.dev/problems/";
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  /**
   * An {@link Error} (out of memory, stack overflow) thrown by a handler, carried to the 500
   * problem answer.
   */
  private static final class HandlerError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HandlerError(Error cause) {
      super(cause.toString(), cause);
    }
  }

  /**
   * {@code handler}, with an {@link Error} it throws turned into an exception: Javalin maps only
   * exceptions and answers an error with an empty text/plain 500, so without this an out-of-memory
   * answer was no problem+json.
   */
  public static Handler guarded(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Error e) {
        throw new HandlerError(e);
      }
    };
  }

  public static void install(Javalin app) {
    app.exception(ApiProblem.class, (e, ctx) -> write(ctx, e));
    // the one translation of core's and the services' named failures; the others are the server's
    // own (500)
    app.exception(InterdictException.class, (e, ctx) -> named(ctx, e));
    app.exception(InvalidValueException.class, (e, ctx) -> named(ctx, e));
    app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromHttp(e)));
    app.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
    app.error(
        404,
        ctx -> {
          if (!isProblem(ctx)) {
            write(ctx, ApiProblem.notFound("no resource at " + ctx.path()));
          }
        });
    app.error(
        405,
        ctx -> {
          if (!isProblem(ctx)) {
            write(
                ctx,
                new ApiProblem(
                    ProblemType.METHOD_NOT_ALLOWED,
                    ctx.method() + " is not allowed on " + ctx.path()));
          }
        });
  }

  private static void named(Context ctx, RuntimeException e) {
    ApiProblem problem = ApiProblem.from(e).orElse(null);
    if (problem != null) {
      write(ctx, problem);
    } else {
      unexpected(ctx, e);
    }
  }

  private static void unexpected(Context ctx, Exception e) {
    ApiProblem tooLarge = Uploads.tooLarge(e);
    if (tooLarge != null) {
      write(ctx, tooLarge);
      return;
    }
    LOG.error("Unexpected error on {} {}; answering 500", ctx.method(), ctx.path(), e);
    write(
        ctx,
        new ApiProblem(
            ProblemType.INTERNAL_ERROR,
            "the server failed to answer this request; the error is in its log"));
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(CONTENT_TYPE);
  }

  private static ApiProblem fromHttp(HttpResponseException e) {
    int status = e.getStatus();
    return switch (status) {
      case 413 -> ApiProblem.payloadTooLarge(e.getMessage());
      case 404 -> ApiProblem.notFound(e.getMessage());
      case 401 -> ApiProblem.unauthorized(e.getMessage());
      case 403 -> ApiProblem.forbidden(e.getMessage());
      case 415 -> new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
      default ->
          status >= 500
              ? new ApiProblem(
                  status,
                  "internal-error",
                  "Internal error",
                  "the server failed to answer this request")
              : new ApiProblem(status, "invalid-parameter", "Bad request", e.getMessage());
    };
  }

  public static void write(Context ctx, ApiProblem problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_BASE + problem.typeId());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.getMessage());
    body.put("instance", ctx.path());
    body.put("errors", problem.errors().isEmpty() ? List.of() : problem.errors());
    ctx.status(problem.status());
    ctx.json(body);
    ctx.contentType(CONTENT_TYPE);
  }
}
