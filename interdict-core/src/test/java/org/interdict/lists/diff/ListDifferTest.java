package org.interdict.lists.diff;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interdict.lists.ListLoader;
import org.interdict.lists.SharedLists;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diffs real OFAC SDN snapshots; expected counts are computed here from the raw CSV rows,
 * independently.
 */
class ListDifferTest {
  @TempDir Path temp;

  /** ent_num to the cleaned raw columns, read with fastcsv rather than the Interdict reader. */
  static Map<String, List<String>> rawRows(Path sdnCsv) throws IOException {
    Map<String, List<String>> rows = new HashMap<>();
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(sdnCsv)) {
      for (CsvRecord record : csv) {
        if (record.getFieldCount() < 12) {
          continue;
        }
        rows.put(
            record.getField(0).strip(),
            record.getFields().stream()
                .skip(1)
                .map(String::strip)
                .map(value -> value.equals("-0-") ? "" : value)
                .toList());
      }
    }
    return rows;
  }

  static List<Party> load(Path folder) {
    return ListLoader.fromDirectory(folder).parties();
  }

  @Test
  void theRealSdnPairDiffersByTheEntriesItsRowsSay() throws IOException {
    Path older = SharedLists.file("us_ofac_sdn/2024-04-26/sdn.csv");
    Path newer = SharedLists.file("us_ofac_sdn/2024-05-03/sdn.csv");
    Map<String, List<String>> before = rawRows(older);
    Map<String, List<String>> after = rawRows(newer);
    Set<String> added = new HashSet<>(after.keySet());
    added.removeAll(before.keySet());
    Set<String> removed = new HashSet<>(before.keySet());
    removed.removeAll(after.keySet());
    Set<String> changed = new HashSet<>();
    for (String id : after.keySet()) {
      if (before.containsKey(id) && !before.get(id).equals(after.get(id))) {
        changed.add(id);
      }
    }

    ListDiff diff = ListDiffer.diff(load(older.getParent()), load(newer.getParent()));

    assertThat(after.size() - before.size()).isEqualTo(297);
    assertThat(diff.added())
        .extracting(party -> party.source().entryId())
        .containsExactlyInAnyOrderElementsOf(added);
    assertThat(diff.removed())
        .extracting(party -> party.source().entryId())
        .containsExactlyInAnyOrderElementsOf(removed);
    assertThat(diff.changed())
        .extracting(change -> change.after().source().entryId())
        .containsExactlyInAnyOrderElementsOf(changed);
    assertThat(diff.unchangedCount()).isEqualTo(before.size() - removed.size() - changed.size());
    assertThat(diff.added()).hasSize(305);
    assertThat(diff.removed()).hasSize(8);
    assertThat(diff.partiesToRescreen()).hasSize(305 + changed.size());
  }

  @Test
  void editedCopyOfTheRealFileShowsEachChangedField() throws IOException {
    Path real = SharedLists.file("us_ofac_sdn/2024-05-03/sdn.csv");
    Path copy = Files.createDirectories(temp.resolve("edited")).resolve("sdn.csv");
    String text = Files.readString(real, StandardCharsets.UTF_8);
    String edited =
        text.replace(
                "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\"",
                "306,\"BANCO NACIONAL DE CUBA S.A.\",-0- ,\"CUBA] [SDGT\"")
            .replace(
                "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
                "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'ACC'.\"");
    assertThat(edited).isNotEqualTo(text);
    Files.writeString(copy, edited, StandardCharsets.UTF_8);

    ListDiff diff = ListDiffer.diff(load(real.getParent()), load(copy.getParent()));

    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed())
        .extracting(PartyChange::id)
        .containsExactly("us-ofac-sdn:173", "us-ofac-sdn:306");
    PartyChange anglo = diff.changed().get(0);
    assertThat(anglo.fieldIds()).containsExactly(PartyFields.ALIASES, PartyFields.REMARKS);
    assertThat(anglo.fields().get(0).added()).containsExactly("ACC");
    PartyChange banco = diff.changed().get(1);
    assertThat(banco.fieldIds()).containsExactly(PartyFields.NAME, PartyFields.PROGRAMS);
    assertThat(banco.fields().get(0).before()).containsExactly("BANCO NACIONAL DE CUBA");
    assertThat(banco.fields().get(0).after()).containsExactly("BANCO NACIONAL DE CUBA S.A.");
    assertThat(banco.fields().get(1).added()).containsExactly("SDGT");
    assertThat(banco.fields().get(1).removed()).isEmpty();
  }

  @Test
  void sourceReferencesAreNotComparedAndEveryFieldIsSeen() {
    Party before = party("x:1", "ACME", List.of("A1"), "old", Optional.empty(), "a.csv");
    Party sameButOtherFile =
        party("x:1", "ACME", List.of("A1"), "old", Optional.of(java.time.LocalDate.EPOCH), "b.csv");
    Party edited = party("x:1", "ACME", List.of("A1", "A2"), "new", Optional.empty(), "a.csv");

    assertThat(ListDiffer.diff(List.of(before), List.of(sameButOtherFile)).isEmpty()).isTrue();
    ListDiff diff =
        ListDiffer.diff(
            List.of(before, party("x:2", "GONE", List.of(), "", Optional.empty(), "a")),
            List.of(edited, party("x:3", "NEW", List.of(), "", Optional.empty(), "a")));
    assertThat(diff.summary()).isEqualTo("1 added, 1 removed, 1 changed, 0 unchanged");
    assertThat(diff.changed().get(0).fields())
        .extracting(FieldChange::field)
        .containsExactly(PartyFields.ALIASES, PartyFields.REMARKS);
    assertThat(diff.changed().get(0).fields().get(0).added()).containsExactly("A2");
  }

  static Party party(
      String id,
      String name,
      List<String> aliases,
      String remarks,
      Optional<java.time.LocalDate> date,
      String file) {
    return new Party(
        id,
        PartyType.ENTITY,
        name,
        aliases,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        remarks,
        new SourceRef("x", id.substring(2), date, file));
  }
}
