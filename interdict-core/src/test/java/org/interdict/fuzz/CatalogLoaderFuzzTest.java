package org.interdict.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.interdict.catalog.CatalogException;
import org.interdict.catalog.CatalogLoader;

/**
 * The catalog loader on a copy of the bundled catalog with one of its files (chosen by the input)
 * replaced by fuzzed YAML: it loads, or fails with a {@link CatalogException} naming the file;
 * nothing else escapes.
 */
class CatalogLoaderFuzzTest {
  private static final Path BUNDLED =
      Path.of("src", "main", "resources", "org", "interdict", "catalog", "data");
  private static final List<Path> FILES = files();
  private static final Path DIR = Path.of("target", "fuzz-files", "catalog");

  /** The file the previous input replaced; confined to the fuzzing thread. */
  private static Path lastReplaced;

  static {
    try {
      for (Path file : FILES) {
        Files.createDirectories(DIR.resolve(file).getParent());
        restore(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts the bundled bytes of {@code file} back into the copy. */
  private static void restore(Path file) throws IOException {
    Files.copy(BUNDLED.resolve(file), DIR.resolve(file), StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<Path> files() {
    try (Stream<Path> walk = Files.walk(BUNDLED)) {
      return walk.filter(Files::isRegularFile).map(BUNDLED::relativize).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void loadsOrNamesTheBadFile(FuzzedDataProvider data) throws IOException {
    Path replaced = FILES.get(data.consumeInt(0, FILES.size() - 1));
    byte[] yaml = data.consumeRemainingAsBytes();
    if (lastReplaced != null) {
      restore(lastReplaced);
    }
    Files.write(DIR.resolve(replaced), yaml);
    lastReplaced = replaced;
    try {
      assertThat(CatalogLoader.fromDirectory(DIR).version()).isNotNull();
    } catch (CatalogException e) {
      assertThat(e.getMessage()).as("a catalog error names the file").contains(DIR.toString());
    }
  }
}
