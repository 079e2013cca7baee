package org.interdict.screening.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored index is never used when it does not fit: checksum, engine version, truncation, a
 * changed snapshot.
 */
class StoredIndexRejectionTest {
  static final String[][] SMALL = {
    {"us-bis-dpl", "us_bis_dpl/2023-11-30"},
    {"un-sc-consolidated", "un_sc_consolidated/2026-02-27"},
  };

  @TempDir Path dataDir;
  SnapshotStore store;
  Path file;

  @BeforeEach
  void storeIndex() {
    store = StoreFixture.store(dataDir, SMALL);
    assertThat(StoredIndexes.inForce(store, StoreFixture.TODAY).origin())
        .isEqualTo(IndexedLists.Origin.BUILT);
    file = StoredIndexes.file(store, StoreFixture.TODAY);
    assertThat(StoredIndexes.inForce(store, StoreFixture.TODAY).origin())
        .isEqualTo(IndexedLists.Origin.STORED);
  }

  @Test
  void aFlippedBodyByteFailsTheChecksumAndTheIndexIsRebuilt() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 100] ^= 0x01;
    Files.write(file, bytes);
    IndexedLists rebuilt = StoredIndexes.inForce(store, StoreFixture.TODAY);
    assertThat(rebuilt.origin()).isEqualTo(IndexedLists.Origin.BUILT);
    assertThat(rebuilt.notices())
        .singleElement()
        .asString()
        .contains(file.toString(), "checksum mismatch", "rebuilding it");
    assertThat(StoredIndexes.inForce(store, StoreFixture.TODAY).origin())
        .isEqualTo(IndexedLists.Origin.STORED);
  }

  @Test
  void anIndexOfAnotherEngineVersionIsRebuilt() throws IOException {
    String engine = ScreeningIndex.engineVersion();
    String other = engine.replaceFirst("/layout-[1-9]/", "/layout-0/");
    assertThat(other).hasSameSizeAs(engine).isNotEqualTo(engine);
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).contains(engine);
    byte[] patched =
        text.replaceFirst(java.util.regex.Pattern.quote(engine), other)
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, patched);
    IndexedLists rebuilt = StoredIndexes.inForce(store, StoreFixture.TODAY);
    assertThat(rebuilt.origin()).isEqualTo(IndexedLists.Origin.BUILT);
    assertThat(rebuilt.notices()).singleElement().asString().contains("built by engine", engine);
    assertThat(Files.readAllBytes(file)).isNotEqualTo(patched);
  }

  @Test
  void aTruncatedFileIsRebuilt() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    IndexedLists rebuilt = StoredIndexes.inForce(store, StoreFixture.TODAY);
    assertThat(rebuilt.origin()).isEqualTo(IndexedLists.Origin.BUILT);
    assertThat(rebuilt.notices()).singleElement().asString().contains("truncated");
  }

  @Test
  void aNewSnapshotGetsItsOwnIndexAndAnOlderDateKeepsTheOldOne() {
    StoreFixture.importFolder(
        store, "us-ofac-non-sdn", "us_ofac_non_sdn/2025-12-19", LocalDate.of(2026, 3, 5));
    IndexedLists after = StoredIndexes.inForce(store, StoreFixture.TODAY);
    assertThat(after.origin()).isEqualTo(IndexedLists.Origin.BUILT);
    assertThat(StoredIndexes.file(store, StoreFixture.TODAY)).isNotEqualTo(file);
    assertThat(after.inForce().used()).hasSize(3);
    assertThat(after.index().screen(ScreeningQuery.of("Ismail Haniya")).matches()).isNotEmpty();
    IndexedLists before = StoredIndexes.inForce(store, LocalDate.of(2026, 3, 4));
    assertThat(before.origin()).as("%s", before.notices()).isEqualTo(IndexedLists.Origin.STORED);
    assertThat(before.inForce().used()).hasSize(2);
    assertThat(before.index().version()).isNotEqualTo(after.index().version());
  }

  @Test
  void aStoredIndexIsUsedWithoutParsingTheListFiles() throws IOException {
    Path dpl = store.latest("us-bis-dpl").orElseThrow().folder().resolve("dpl.txt");
    var modified = Files.getLastModifiedTime(dpl);
    dpl.toFile().setWritable(true);
    Files.write(dpl, new byte[(int) Files.size(dpl)]); // unreadable as a list, same size and time
    Files.setLastModifiedTime(dpl, modified);
    IndexedLists loaded = StoredIndexes.inForce(store, StoreFixture.TODAY);
    assertThat(loaded.origin()).isEqualTo(IndexedLists.Origin.STORED);
    assertThat(loaded.lists().parties()).anyMatch(p -> p.source().listId().equals("us-bis-dpl"));
  }

  @Test
  void aSnapshotFileEditedAfterTheBuildMakesTheIndexUnusableAndTheRebuildReportsIt()
      throws IOException {
    Path dpl = store.latest("us-bis-dpl").orElseThrow().folder().resolve("dpl.txt");
    dpl.toFile().setWritable(true);
    Files.writeString(dpl, "garbage\n");
    IndexedLists rebuilt = StoredIndexes.inForce(store, StoreFixture.TODAY);
    assertThat(rebuilt.origin()).isEqualTo(IndexedLists.Origin.BUILT);
    assertThat(rebuilt.notices())
        .singleElement()
        .asString()
        .contains("dpl.txt changed since the index was built");
    assertThat(rebuilt.inForce().problems())
        .anyMatch(p -> p.contains("does not match its manifest"));
    assertThat(rebuilt.lists().parties()).noneMatch(p -> p.source().listId().equals("us-bis-dpl"));
  }
}
