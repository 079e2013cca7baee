package org.interdict.bench.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.model.Party;
import org.interdict.testing.Prerequisites;
import org.junit.jupiter.api.Test;

/**
 * Checks the committed dev set: its exact format, its size per category, and its labels against the
 * lists.
 */
class DevSetTest {
  private static final Set<String> VARIANTS =
      Set.of(
          "exact",
          "case-punct",
          "reorder",
          "typo",
          "transliteration",
          "legal-form",
          "drop-token",
          "initials",
          "alias",
          "original-script",
          "negative-real-name",
          "negative-hard");

  @Test
  void hasTheAgreedFormatAndSize() throws IOException {
    List<List<String>> records = records();
    assertThat(records.get(0)).containsExactly("query", "expected_id", "category", "variant");
    List<List<String>> rows = records.subList(1, records.size());
    assertThat(rows)
        .isNotEmpty()
        .allSatisfy(
            row -> {
              assertThat(row).hasSize(4);
              assertThat(row.get(0)).isNotBlank();
              assertThat(row.get(2)).isIn("positive", "negative");
              assertThat(row.get(3)).isIn(VARIANTS);
              assertThat(row.get(1).isEmpty()).isEqualTo(row.get(2).equals("negative"));
            });
    assertThat(rows.stream().filter(row -> row.get(2).equals("positive")))
        .hasSizeGreaterThanOrEqualTo(1_200);
    assertThat(rows.stream().filter(row -> row.get(2).equals("negative")))
        .hasSizeGreaterThanOrEqualTo(1_200);
    assertThat(rows.stream().map(row -> row.get(0))).doesNotHaveDuplicates();
  }

  @Test
  void labelsAgreeWithTheListsItWasMadeFrom() throws IOException {
    Path lists = Prerequisites.sharedDir().resolve("data").resolve("lists");
    Prerequisites.require(Files.isDirectory(lists), "shared list data not found at " + lists);
    LoadedLists loaded = ListLoader.fromDirectory(lists).plus(ListLoader.bundled());
    Map<String, Party> byId =
        loaded.parties().stream().collect(Collectors.toMap(Party::id, party -> party));
    Set<String> listedKeys = new HashSet<>();
    loaded
        .parties()
        .forEach(party -> party.allNames().forEach(name -> listedKeys.add(NameKeys.key(name))));

    for (List<String> row : records().subList(1, records().size())) {
      if (row.get(2).equals("positive")) {
        assertThat(byId).as(row.toString()).containsKey(row.get(1));
      } else {
        assertThat(listedKeys).as(row.toString()).doesNotContain(NameKeys.key(row.get(0)));
      }
    }
  }

  @Test
  void regeneratingGivesTheCommittedFile() throws IOException {
    Path lists = Prerequisites.sharedDir().resolve("data").resolve("lists");
    Prerequisites.require(Files.isDirectory(lists), "shared list data not found at " + lists);
    LoadedLists loaded = ListLoader.fromDirectory(lists).plus(ListLoader.bundled());
    List<DevSetRow> rows = new DevSetGenerator(loaded.parties()).generate();
    StringBuilder csv = new StringBuilder(DevSetRow.HEADER).append('\n');
    rows.forEach(row -> csv.append(row.toCsv()).append('\n'));
    assertThat(csv.toString()).isEqualTo(text());
  }

  private static String text() throws IOException {
    try (InputStream in = DevSetTest.class.getResourceAsStream("/devset/devset.csv")) {
      assertThat(in).as("devset.csv on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A small RFC 4180 parser, independent of the writer under test. */
  private static List<List<String>> records() throws IOException {
    String text = text();
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    return records;
  }
}
