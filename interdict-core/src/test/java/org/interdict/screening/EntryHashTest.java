package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.interdict.lists.ListLoader;
import org.interdict.model.Address;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntryHashTest {
  static final Party BASE = Fixtures.entity("us-csl", "el-1", "Kaspersky Labs Limited", "Kaspersky Labs Ltd");

  static Party with(UnaryOperator<Party> change) {
    return change.apply(BASE);
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("new alias", with(p -> new Party(p.id(), p.type(), p.primaryName(),
            List.of("Kaspersky Labs Ltd", "KL UK"), p.addresses(), p.countries(), p.programs(), p.dates(),
            p.identifiers(), p.remarks(), p.source()))),
        Arguments.of("new program", with(p -> new Party(p.id(), p.type(), p.primaryName(), p.aliases(),
            p.addresses(), p.countries(), List.of("EL", "SDN"), p.dates(), p.identifiers(), p.remarks(), p.source()))),
        Arguments.of("address", with(p -> new Party(p.id(), p.type(), p.primaryName(), p.aliases(),
            List.of(new Address("1 Road", "London", "", "", "GB")), p.countries(), p.programs(), p.dates(),
            p.identifiers(), p.remarks(), p.source()))),
        Arguments.of("type", with(p -> new Party(p.id(), PartyType.UNKNOWN, p.primaryName(), p.aliases(),
            p.addresses(), p.countries(), p.programs(), p.dates(), p.identifiers(), p.remarks(), p.source()))),
        Arguments.of("remarks", with(p -> new Party(p.id(), p.type(), p.primaryName(), p.aliases(), p.addresses(),
            p.countries(), p.programs(), p.dates(), p.identifiers(), "removed 2025", p.source()))),
        // Field boundaries count: moving text between neighbouring fields changes the hash.
        Arguments.of("alias split", with(p -> new Party(p.id(), p.type(), p.primaryName(),
            List.of("Kaspersky Labs", " Ltd"), p.addresses(), p.countries(), p.programs(), p.dates(),
            p.identifiers(), p.remarks(), p.source()))));
  }

  @ParameterizedTest(name = "{0} changes the hash")
  @MethodSource("changes")
  void anyChangeToTheEntryChangesTheHash(String what, Party changed) {
    assertThat(EntryHash.of(changed)).isNotEqualTo(EntryHash.of(BASE));
  }

  @Test
  void sameEntryHashesAlikeWhateverTheListDateOrFile() {
    Party reloaded = new Party(BASE.id(), BASE.type(), BASE.primaryName(), BASE.aliases(), BASE.addresses(),
        BASE.countries(), BASE.programs(), BASE.dates(), BASE.identifiers(), BASE.remarks(),
        new SourceRef("us-csl", "el-1", Optional.of(LocalDate.of(2025, 1, 2)), "other/file.csv"));
    assertThat(EntryHash.of(reloaded)).isEqualTo(EntryHash.of(BASE)).matches("[0-9a-f]{64}");
  }

  @Test
  void bundledEntriesHashStablyAcrossLoads() {
    List<String> first = ListLoader.bundled().parties().stream().map(EntryHash::of).toList();
    List<String> second = ListLoader.bundled().parties().stream().map(EntryHash::of).toList();
    assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
  }
}
