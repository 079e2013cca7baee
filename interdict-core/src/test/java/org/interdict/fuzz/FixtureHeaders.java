package org.interdict.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Rows in the long EU and UK CSV layouts, built from the header line of the project's own fixture
 * files (src/test/resources/fixtures/lists, written from the published structures) so the targets
 * need not repeat 57-column headers.
 */
final class FixtureHeaders {
  private FixtureHeaders() {}

  /** Line {@code index} (0-based) of a test resource, without a BOM. */
  static String line(String resource, int index) {
    try (InputStream in = FixtureHeaders.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("\uFEFF", "")
          .lines()
          .skip(index)
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A row with {@code values} under their header columns and the other columns empty. */
  static String row(String header, char separator, Map<String, String> values) {
    List<String> columns =
        Arrays.asList(header.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1));
    List<String> cells = new ArrayList<>();
    for (String column : columns) {
      cells.add(values.getOrDefault(column, ""));
    }
    if (!columns.containsAll(values.keySet())) {
      throw new IllegalArgumentException(
          "unknown columns in " + values.keySet() + "; header " + header);
    }
    return String.join(String.valueOf(separator), cells);
  }
}
