package org.interdict.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.interdict.ConflictException;
import org.interdict.ForbiddenException;
import org.interdict.InvalidValueException;
import org.interdict.NotFoundException;
import org.interdict.TooLargeException;
import org.junit.jupiter.api.Test;

/**
 * ADR 006 as a plain check: only the HTTP edge builds an {@link ApiProblem}; services throw core's
 * named failures, which {@link ProblemType#of} maps to the status and problem type the API
 * publishes.
 */
class ErrorBoundariesTest {
  static final Path SERVER = Path.of("src/main/java/org/interdict/server");

  /** Files outside the rule's edge that may still name ApiProblem, each with why. */
  static final Set<String> WAIVED =
      Set.of(
          // its test (PartyInputsTest) pins ApiProblem as the thrown type; converting it changes
          // that assertion
          "parties/PartyInputs.java");

  private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

  @Test
  void onlyTheHttpEdgeNamesApiProblem() throws IOException {
    List<String> violations;
    try (Stream<Path> walk = Files.walk(SERVER)) {
      violations =
          walk.filter(file -> file.toString().endsWith(".java"))
              .filter(file -> !isEdge(file))
              .filter(file -> code(file).contains("ApiProblem"))
              .map(
                  file ->
                      file + " names ApiProblem; throw a named failure of org.interdict (ADR 006)")
              .toList();
    }
    assertThat(Files.isDirectory(SERVER))
        .as("run from interdict-server: " + SERVER.toAbsolutePath())
        .isTrue();
    assertThat(violations).isEmpty();
  }

  @Test
  void theRuleSeesAServiceThatNamesApiProblem() {
    Path service = SERVER.resolve("reviews/FourEyes.java");
    assertThat(isEdge(service)).isFalse();
    assertThat(isEdge(SERVER.resolve("reviews/ReviewsApi.java"))).isTrue();
    assertThat(isEdge(SERVER.resolve("http/Problems.java"))).isTrue();
  }

  @Test
  void namedFailuresKeepTheirPublishedProblemTypes() {
    assertThat(ProblemType.of(new InvalidValueException("x")))
        .contains(ProblemType.INVALID_PARAMETER);
    assertThat(ProblemType.of(new NotFoundException("x"))).contains(ProblemType.NOT_FOUND);
    assertThat(ProblemType.of(new ConflictException("x"))).contains(ProblemType.CONFLICT);
    assertThat(ProblemType.of(new TooLargeException("x"))).contains(ProblemType.PAYLOAD_TOO_LARGE);
    ApiProblem forbidden = ApiProblem.from(new ForbiddenException("four-eyes")).orElseThrow();
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.typeId()).isEqualTo("forbidden");
    assertThat(forbidden.getMessage()).isEqualTo("four-eyes");
    assertThat(ProblemType.of(new IllegalArgumentException("a bug"))).isEmpty();
    assertThat(ProblemType.of(new org.interdict.store.StoreException("cannot migrate")))
        .as("the server's own state: 500, not a client-side problem type")
        .isEmpty();
  }

  /**
   * The HTTP edge: the {@code *Api} classes, {@code server.http}, and classes that read a Javalin
   * request ({@code io.javalin.http.Context}: authentication, request bodies, CSV exports) or are
   * waived.
   */
  static boolean isEdge(Path file) {
    String relative = SERVER.relativize(file).toString().replace('\\', '/');
    return relative.endsWith("Api.java")
        || relative.startsWith("http/")
        || WAIVED.contains(relative)
        || (Files.isRegularFile(file) && code(file).contains("import io.javalin.http.Context;"));
  }

  static String code(Path file) {
    try {
      return COMMENTS.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
