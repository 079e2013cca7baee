package org.interdict.cli.scan;

import java.nio.file.Path;

/** The bundled examples, for tests of other packages. */
public final class Examples {
  private Examples() {}

  public static Path fleet() {
    return ScanCommandTest.findExample("fleet.osquery.json");
  }
}
