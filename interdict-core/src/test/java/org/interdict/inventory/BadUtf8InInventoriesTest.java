package org.interdict.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interdict.inventory.cyclonedx.CycloneDxReader;
import org.interdict.inventory.spdx.SpdxReader;
import org.interdict.model.InputError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real inventory with one byte of one component's name made invalid UTF-8 (0xFF) reads like the
 * intact file: every record is kept (the damaged name with U+FFFD in place of the byte), and one
 * {@code invalid-encoding} error names the file and the byte's own line, which makes the scan
 * incomplete (exit 4), never "nothing found". The fuzz finding this guards: the XML reader stopped
 * at the byte and lost the component before it; the JSON readers lost every record after it.
 */
class BadUtf8InInventoriesTest {
  private static final byte BAD = (byte) 0xFF;

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("cyclonedx/sbom-cern-lhc-vdm-editor.xml", new CycloneDxReader()),
        Arguments.of("cyclonedx/syft-image-encoder-1.7.xml", new CycloneDxReader()),
        Arguments.of("cyclonedx/valid-bom-1.6.json", new CycloneDxReader()),
        Arguments.of("cyclonedx/sbom-cern-lhc-vdm-editor.json", new CycloneDxReader()),
        Arguments.of("spdx/syft-alpine-3.10.spdx22.json", new SpdxReader()),
        Arguments.of("spdx/SPDXJSONExample-v2.3.spdx.json", new SpdxReader()),
        Arguments.of("spdx/SPDXTagExample-v2.3.spdx", new SpdxReader()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aBadByteInOneNameKeepsEveryRecordAndNamesItsLine(String sample, InventoryReader reader)
      throws IOException {
    Path file = Golden.sharedInventories().resolve(sample);
    byte[] intact = Files.readAllBytes(file);
    String fileName = file.getFileName().toString();
    CollectingSink clean = read(reader, intact, fileName);
    assertThat(clean.records).as("the intact sample has records").isNotEmpty();

    Damage damage = damageOneName(intact, clean.names());
    CollectingSink damaged = read(reader, damage.bytes(), fileName);

    List<String> expected = new ArrayList<>(clean.names());
    expected.replaceAll(name -> name.equals(damage.name()) ? damage.damagedName() : name);
    assertThat(damaged.names())
        .as("every record kept, errors %s", damaged.errors)
        .isEqualTo(expected);
    List<InputError> added = new ArrayList<>(damaged.errors);
    added.removeAll(clean.errors);
    assertThat(added)
        .as("exactly one new error, on the damaged byte's line")
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo("invalid-encoding");
              assertThat(error.location().file()).isEqualTo(fileName);
              assertThat(error.location().line()).isEqualTo(damage.line());
            });
  }

  private static CollectingSink read(InventoryReader reader, byte[] bytes, String fileName) {
    CollectingSink sink = new CollectingSink();
    reader.read(new ByteArrayInputStream(bytes), fileName, sink);
    return sink;
  }

  /** A damaged copy of the sample and what was damaged. */
  private record Damage(byte[] bytes, String name, String damagedName, long line) {}

  /**
   * Replaces the second byte of the name of a record from the middle of the file with 0xFF. The
   * name is one that appears exactly once as a value (XML element text, a JSON string, a tag-value
   * line's value), so its place in the file is known.
   */
  private static Damage damageOneName(byte[] intact, List<String> names) {
    String text = new String(intact, StandardCharsets.ISO_8859_1);
    for (int i = names.size() / 2; i < names.size() + names.size() / 2; i++) {
      String name = names.get(i % names.size());
      if (name.length() < 2 || !StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
        continue;
      }
      if (names.stream().filter(name::equals).count() != 1) {
        continue;
      }
      for (String quoted : List.of(">" + name + "<", "\"" + name + "\"", ": " + name + "\n")) {
        int at = text.indexOf(quoted);
        if (at >= 0 && text.indexOf(quoted, at + 1) < 0) {
          int offset = at + quoted.indexOf(name) + 1;
          byte[] bytes = intact.clone();
          bytes[offset] = BAD;
          long line = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
          String damagedName = name.charAt(0) + "\uFFFD" + name.substring(2);
          return new Damage(bytes, name, damagedName, line);
        }
      }
    }
    throw new AssertionError("no record name appears exactly once in the sample");
  }
}
