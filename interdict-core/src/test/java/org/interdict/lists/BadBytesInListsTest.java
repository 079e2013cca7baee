package org.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, failure 1: one invalid UTF-8 byte in an official list file silently dropped the rest of
 * the list. The corrupted copy is built at run time from the real SDN file of the shared data,
 * never committed.
 */
class BadBytesInListsTest {
  static final int BAD_LINE = 7_001;

  /**
   * The 2024-05-03 SDN file with the 'C' of entry 27966 "ACL ITHALAT IHRACAT" (line 7,001) as
   * Latin-1 0xC7.
   */
  static Path corruptedSdn(Path dir) throws Exception {
    byte[] bytes = Files.readAllBytes(SharedLists.file("us_ofac_sdn/2024-05-03/sdn.csv"));
    int offset = lineStart(bytes, BAD_LINE);
    String line = new String(bytes, offset, 200, StandardCharsets.ISO_8859_1);
    assertThat(line).startsWith("27966,\"ACL ITHALAT IHRACAT\"");
    bytes[offset + line.indexOf("ACL") + 1] = (byte) 0xC7;
    Path file = dir.resolve("us_ofac_sdn/2024-05-03/sdn.csv");
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private static int lineStart(byte[] bytes, int line) {
    int current = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (current == line) {
        return i;
      }
      if (bytes[i] == '\n') {
        current++;
      }
    }
    throw new AssertionError("file has fewer than " + line + " lines");
  }

  @Test
  void oneLatin1ByteInTheRealSdnFileLosesNoEntryAndNamesTheLineOfTheByte(@TempDir Path dir)
      throws Exception {
    corruptedSdn(dir);

    LoadedLists loaded = ListLoader.fromDirectory(dir);

    assertThat(loaded.parties().size()).isEqualTo(14_965);
    assertThat(loaded.parties())
        .extracting(Party::id)
        .contains(
            "us-ofac-sdn:27964", "us-ofac-sdn:27965", "us-ofac-sdn:27967", "us-ofac-sdn:48907");
    assertThat(loaded.parties())
        .filteredOn(party -> party.id().equals("us-ofac-sdn:27966"))
        .extracting(Party::primaryName)
        .containsExactly("A\uFFFDL ITHALAT IHRACAT");
    assertThat(loaded.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo(ListErrors.BAD_ENCODING);
              assertThat(error.location().file()).endsWith("sdn.csv");
              assertThat(error.location().line()).isEqualTo(BAD_LINE);
            });
    assertThat(loaded.complete()).isFalse();
    assertThat(loaded.lists())
        .singleElement()
        .satisfies(
            info -> {
              assertThat(info.complete()).isFalse();
              assertThat(info.problemCount()).isEqualTo(1);
              assertThat(info.problems())
                  .singleElement()
                  .asString()
                  .contains("sdn.csv:" + BAD_LINE, "bad-list-encoding");
              assertThat(info.describe()).contains("14965 entries, INCOMPLETE: 1 problem");
            });
  }

  /**
   * Every list reader: one Latin-1 byte in a name in the second half of the file loses nothing and
   * is named.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "shared:us_ofac_non_sdn/2025-12-19/cons_prim.csv|GAZPROM SVYAZ",
        "shared:us_csl/2025-06-25-sample/consolidated.csv|Cesareo Estanislao",
        "fixture:csl/consolidated.json|EXAMPLE, Ivan",
        "shared:un_sc_consolidated/2026-02-27/UN_consolidated.xml|NASIRUDDIN",
        "shared:us_bis_dpl/2023-11-30/dpl.txt|JUAN JOSE ESTRADA",
        "fixture:eu-uk/eu/2026-11-27/xmlFullSanctionsList_1_1.xml|F. Personov",
        "fixture:eu/csvFullSanctionsList_1_1.csv|ChVK Vagner",
        "fixture:eu-uk/uk/2026-11-27/UK-Sanctions-List.xml|FX TANKER",
        "fixture:uk/UK-Sanctions-List.csv|FX TANKER",
        "fixture:uk/ConList.csv|FX TANKER",
      })
  void everyReaderKeepsTheEntriesAroundABadByteAndNamesItsLine(
      String source, String needle, @TempDir Path dir) throws Exception {
    Path original =
        source.startsWith("shared:")
            ? SharedLists.file(source.substring(7))
            : Fixtures.path(source.substring(8));
    byte[] bytes = Files.readAllBytes(original);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(needle);
    assertThat(at).as("needle in " + original).isPositive();
    long line =
        1
            + new String(bytes, 0, at, StandardCharsets.ISO_8859_1)
                .chars()
                .filter(c -> c == '\n')
                .count();
    Files.createDirectories(dir.resolve("clean"));
    Files.copy(original, dir.resolve("clean").resolve(original.getFileName()));
    bytes[at + 1] = (byte) 0xC7;
    Files.createDirectories(dir.resolve("bad"));
    Path bad = dir.resolve("bad").resolve(original.getFileName());
    Files.write(bad, bytes);

    LoadedLists clean = ListLoader.fromDirectory(dir.resolve("clean"));
    LoadedLists damaged = ListLoader.fromDirectory(dir.resolve("bad"));

    assertThat(damaged.parties().size()).isEqualTo(clean.parties().size()).isPositive();
    List<String> damagedIds = damaged.parties().stream().map(Party::id).toList();
    // Only the DPL derives its ids from the name, so at most the damaged entry's id may change.
    assertThat(
            clean.parties().stream().map(Party::id).filter(id -> !damagedIds.contains(id)).count())
        .isLessThanOrEqualTo(source.contains("dpl") ? 1 : 0);
    assertThat(damaged.parties())
        .anySatisfy(
            party ->
                assertThat(party.allNames())
                    .anySatisfy(
                        name ->
                            assertThat(name)
                                .startsWith(needle.charAt(0) + "\uFFFD" + needle.substring(2, 4))));
    List<InputError> added = new ArrayList<>(damaged.errors());
    assertThat(added).hasSize(clean.errors().size() + 1);
    assertThat(added)
        .filteredOn(error -> error.errorId().equals(ListErrors.BAD_ENCODING))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.location().file()).isEqualTo(bad.toString());
              assertThat(error.location().line()).isEqualTo(line);
            });
    assertThat(damaged.complete()).isFalse();
    assertThat(damaged.incompleteLists())
        .singleElement()
        .satisfies(info -> assertThat(info.problemCount()).isEqualTo(clean.errors().size() + 1));
  }
}
