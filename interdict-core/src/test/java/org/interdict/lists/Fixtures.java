package org.interdict.lists;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Our own small fixture files under src/test/resources/fixtures/lists. */
public final class Fixtures {
  private Fixtures() {}

  public static Path path(String relative) {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/lists/" + relative).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new AssertionError("missing fixture " + relative, e);
    }
  }
}
