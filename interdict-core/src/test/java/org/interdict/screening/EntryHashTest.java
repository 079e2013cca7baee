package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.interdict.lists.ListLoader;
import org.interdict.model.Address;
import org.interdict.model.Identifier;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntryHashTest {
  static final Party BASE =
      Fixtures.entity("us-csl", "el-1", "Kaspersky Labs Limited", "Kaspersky Labs Ltd");

  static Party with(UnaryOperator<Party> change) {
    return change.apply(BASE);
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of(
            "new alias",
            with(
                p ->
                    new Party(
                        p.id(),
                        p.type(),
                        p.primaryName(),
                        List.of("Kaspersky Labs Ltd", "KL UK"),
                        p.addresses(),
                        p.countries(),
                        p.programs(),
                        p.dates(),
                        p.identifiers(),
                        p.remarks(),
                        p.source()))),
        Arguments.of(
            "new program",
            with(
                p ->
                    new Party(
                        p.id(),
                        p.type(),
                        p.primaryName(),
                        p.aliases(),
                        p.addresses(),
                        p.countries(),
                        List.of("EL", "SDN"),
                        p.dates(),
                        p.identifiers(),
                        p.remarks(),
                        p.source()))),
        Arguments.of(
            "address",
            with(
                p ->
                    new Party(
                        p.id(),
                        p.type(),
                        p.primaryName(),
                        p.aliases(),
                        List.of(new Address("1 Road", "London", "", "", "GB")),
                        p.countries(),
                        p.programs(),
                        p.dates(),
                        p.identifiers(),
                        p.remarks(),
                        p.source()))),
        Arguments.of(
            "type",
            with(
                p ->
                    new Party(
                        p.id(),
                        PartyType.UNKNOWN,
                        p.primaryName(),
                        p.aliases(),
                        p.addresses(),
                        p.countries(),
                        p.programs(),
                        p.dates(),
                        p.identifiers(),
                        p.remarks(),
                        p.source()))),
        Arguments.of(
            "remarks",
            with(
                p ->
                    new Party(
                        p.id(),
                        p.type(),
                        p.primaryName(),
                        p.aliases(),
                        p.addresses(),
                        p.countries(),
                        p.programs(),
                        p.dates(),
                        p.identifiers(),
                        "removed 2025",
                        p.source()))),
        // Field boundaries count: moving text between neighbouring fields changes the hash.
        Arguments.of(
            "alias split",
            with(
                p ->
                    new Party(
                        p.id(),
                        p.type(),
                        p.primaryName(),
                        List.of("Kaspersky Labs", " Ltd"),
                        p.addresses(),
                        p.countries(),
                        p.programs(),
                        p.dates(),
                        p.identifiers(),
                        p.remarks(),
                        p.source()))));
  }

  @ParameterizedTest(name = "{0} changes the hash")
  @MethodSource("changes")
  void anyChangeToTheEntryChangesTheHash(String what, Party changed) {
    assertThat(EntryHash.of(changed)).isNotEqualTo(EntryHash.of(BASE));
  }

  @Test
  void sameEntryHashesAlikeWhateverTheListDateOrFile() {
    Party reloaded =
        new Party(
            BASE.id(),
            BASE.type(),
            BASE.primaryName(),
            BASE.aliases(),
            BASE.addresses(),
            BASE.countries(),
            BASE.programs(),
            BASE.dates(),
            BASE.identifiers(),
            BASE.remarks(),
            new SourceRef(
                "us-csl", "el-1", Optional.of(LocalDate.of(2025, 1, 2)), "other/file.csv"));
    assertThat(EntryHash.of(reloaded)).isEqualTo(EntryHash.of(BASE)).matches("[0-9a-f]{64}");
  }

  /**
   * Known answer: stored hashes (re-screen baselines, hit records) must not change with a
   * refactoring. The expected value is the SHA-256 of this canonical text, computed outside Java
   * (Python's hashlib over its UTF-8 bytes): {@code 11:us-csl:el-16:entity22:Kaspersky Labs
   * Limited[2]18:Kaspersky Labs Ltd23:Лаборатория Касперского[1][5] 16:1 Example
   * Street6:Moscow0:6:0000002:RU[1]2:RU[1]2:EL[1]10:2024-09-30[1][3]12:registration8:KAT-00012:RU
   * 10:added 20246:us-csl4:el-1} (one line; lengths count UTF-16 chars). Values are placeholders,
   * not list data.
   */
  @Test
  void hashesAKnownEntryToItsKnownAnswer() {
    Party party =
        new Party(
            "us-csl:el-1",
            PartyType.ENTITY,
            "Kaspersky Labs Limited",
            List.of("Kaspersky Labs Ltd", "Лаборатория Касперского"),
            List.of(new Address("1 Example Street", "Moscow", "", "000000", "RU")),
            List.of("RU"),
            List.of("EL"),
            List.of("2024-09-30"),
            List.of(new Identifier("registration", "KAT-0001", "RU")),
            "added 2024",
            new SourceRef(
                "us-csl", "el-1", Optional.of(LocalDate.of(2024, 9, 30)), "consolidated.csv"));
    assertThat(EntryHash.of(party))
        .isEqualTo("8a5ef00d590354d6b29be92a3d0addc84264d2a711501b92c678ac699876dd0b");
  }

  @Test
  void bundledEntriesHashStablyAcrossLoads() {
    List<String> first = ListLoader.bundled().parties().stream().map(EntryHash::of).toList();
    List<String> second = ListLoader.bundled().parties().stream().map(EntryHash::of).toList();
    assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
  }
}
