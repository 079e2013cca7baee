package org.interdict.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, checked against what its operation accepts: an unknown name
 * is a 400 {@code unknown-parameter}, a repeated or malformed value a 400 {@code
 * invalid-parameter}. Not thread-safe.
 */
public final class Params {
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;
  private final Context ctx;

  private Params(Context ctx) {
    this.ctx = ctx;
  }

  /** Rejects any query parameter not in {@code allowed}. */
  public static Params of(Context ctx, Set<String> allowed) {
    Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw ApiProblem.unknownParameter(
          "unknown query parameter(s) "
              + unknown
              + "; this operation accepts "
              + new TreeSet<>(allowed));
    }
    return new Params(ctx);
  }

  /** The paging parameters every list accepts, plus {@code names}. */
  public static Params paged(Context ctx, String... names) {
    Set<String> allowed = new java.util.HashSet<>(List.of(names));
    allowed.add("page");
    allowed.add("pageSize");
    return of(ctx, allowed);
  }

  public Optional<String> text(String name) {
    List<String> values = ctx.queryParams(name);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw ApiProblem.invalidParameter(
          "query parameter '" + name + "' is given " + values.size() + " times; give it once");
    }
    String value = values.get(0).strip();
    if (value.isEmpty()) {
      throw ApiProblem.invalidParameter("query parameter '" + name + "' is empty");
    }
    return Optional.of(value);
  }

  /** One of {@code allowed}, when given. */
  public Optional<String> oneOf(String name, List<String> allowed) {
    Optional<String> value = text(name);
    value.ifPresent(
        v -> {
          if (!allowed.contains(v)) {
            throw ApiProblem.invalidParameter(
                "query parameter '" + name + "' must be one of " + allowed + ", was '" + v + "'");
          }
        });
    return value;
  }

  public int integer(String name, int defaultValue, int min, int max) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number < min || number > max) {
        throw ApiProblem.invalidParameter(
            "query parameter '"
                + name
                + "' must be between "
                + min
                + " and "
                + max
                + ", was "
                + number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw ApiProblem.invalidParameter(
          "query parameter '" + name + "' must be an integer, was '" + value.get() + "'");
    }
  }

  public double decimal(String name, double defaultValue, double min, double max) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      double number = Double.parseDouble(value.get());
      if (!(number >= min && number <= max)) {
        throw ApiProblem.invalidParameter(
            "query parameter '"
                + name
                + "' must be between "
                + min
                + " and "
                + max
                + ", was "
                + value.get());
      }
      return number;
    } catch (NumberFormatException e) {
      throw ApiProblem.invalidParameter(
          "query parameter '" + name + "' must be a number, was '" + value.get() + "'");
    }
  }

  public int page() {
    return integer("page", 1, 1, Integer.MAX_VALUE);
  }

  public int pageSize() {
    return integer("pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  }

  /** Parses a date like 2024-09-29; {@code what} names it in the error. */
  public static LocalDate date(String what, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalidParameter(
          what + " must be a date like 2024-09-29, was '" + value + "'");
    }
  }
}
