package org.interdict.server.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.interdict.server.InterdictServer;
import org.interdict.server.ServerConfig;

/**
 * Makes the dashboard servable in this module's tests. The tests of this package compile to
 * {@code target/test-classes/org/interdict/server/dashboard/}, which comes first on the test classpath and so
 * shadows the dashboard folder of the main classes when the server (Jetty) looks the folder up by name: GET /
 * would answer 404. Copying the built dashboard files (byte for byte, from wherever {@code index.html} is found)
 * into the shadowing folder lets the real server serve them with its default configuration. A packaged server
 * has one such folder, so this concerns tests only.
 */
final class ShadowedDashboard {
  private ShadowedDashboard() {}

  /** Copies the dashboard files over the test package folder; idempotent. */
  static void copyOverTestPackage() {
    URL testPackage = ShadowedDashboard.class.getResource("");
    try {
      URL index = builtIndex(testPackage);
      Path target = Path.of(testPackage.toURI());
      URI source = index.toURI();
      if ("jar".equals(source.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(source, Map.of())) {
          copyTree(jar.provider().getPath(source).getParent(), target);
        }
      } else {
        copyTree(Path.of(source).getParent(), target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the dashboard files for the browser test", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unexpected classpath URL", e);
    }
  }

  /** The main build's index.html: the first on the classpath that is not an earlier copy in the test folder. */
  private static URL builtIndex(URL testPackage) throws IOException {
    String name = ServerConfig.DASHBOARD.substring(1) + "/index.html";
    for (URL url : Collections.list(InterdictServer.class.getClassLoader().getResources(name))) {
      if (!url.toString().startsWith(testPackage.toString())) {
        return url;
      }
    }
    throw new IllegalStateException("no " + name + " on the classpath outside " + testPackage);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      Path copy = to.resolve(from.relativize(file).toString());
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
