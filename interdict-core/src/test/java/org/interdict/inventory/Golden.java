package org.interdict.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;
import org.interdict.testing.Prerequisites;

/**
 * Golden-file support: renders what a reader sent as one canonical line per record or error and
 * compares it with {@code src/test/resources/golden/...}. Run with {@code
 * -Dinterdict.golden.update=true} to rewrite.
 */
public final class Golden {
  private static final Path GOLDEN_ROOT = Path.of("src", "test", "resources", "golden");
  private static final Path FIXTURE_ROOT = Path.of("src", "test", "resources", "inventory");

  private Golden() {}

  /**
   * The shared sample directory, or a skipped (under -Dinterdict.require.shared=true failed) test.
   */
  public static Path sharedInventories() {
    Path dir = Prerequisites.sharedDir().resolve("data").resolve("inventories");
    Prerequisites.require(
        Files.isDirectory(dir),
        "shared data not found at " + dir + " (set -Dinterdict.shared.dir=<repo>/../shared)");
    return dir;
  }

  public static Path fixture(String relative) {
    return FIXTURE_ROOT.resolve(relative);
  }

  /** Reads a file with the reader and compares the rendering with {@code golden/<goldenName>}. */
  public static CollectingSink check(InventoryReader reader, Path input, String goldenName) {
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(input)) {
      reader.read(in, input.getFileName().toString(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    compare(render(sink), goldenName);
    return sink;
  }

  public static void compare(String actual, String goldenName) {
    Path golden = GOLDEN_ROOT.resolve(goldenName);
    try {
      if (Boolean.getBoolean("interdict.golden.update")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(golden)
          .as("golden file %s (regenerate with -Dinterdict.golden.update=true)", golden)
          .exists();
      assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One line per event: {@code record {...}} or {@code error {...}}, fields in a fixed order, empty
   * ones left out.
   */
  public static String render(CollectingSink sink) {
    StringBuilder out = new StringBuilder();
    for (Object event : sink.events) {
      Map<String, Object> fields = new LinkedHashMap<>();
      if (event instanceof SoftwareRecord r) {
        fields.put("kind", r.kind().id());
        fields.put("host", r.host());
        fields.put("name", r.name());
        fields.put("version", r.version());
        fields.put("publisher", r.publisher());
        fields.put("bundleId", r.bundleId());
        fields.put("packageName", r.packageName());
        fields.put("purl", r.purl());
        fields.put("cpe", r.cpe());
        fields.put("path", r.path());
        fields.put("parentName", r.parentName());
        fields.put("at", r.location().toString());
        out.append("record ");
      } else {
        InputError e = (InputError) event;
        fields.put("errorId", e.errorId());
        fields.put("at", e.location().toString());
        fields.put("message", e.message());
        out.append("error ");
      }
      out.append('{');
      String separator = "";
      for (Map.Entry<String, Object> field : fields.entrySet()) {
        String value = String.valueOf(field.getValue());
        if (value.isEmpty()) {
          continue;
        }
        out.append(separator).append(quote(field.getKey())).append(':').append(quote(value));
        separator = ",";
      }
      out.append("}\n");
    }
    return out.toString();
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
