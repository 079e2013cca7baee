package org.interdict.lists.ofac.sdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interdict.lists.GoldenFiles;
import org.interdict.lists.MappedList;
import org.interdict.lists.SharedLists;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;

class MapperTest {
  @Test
  void mapsTheNewestCompleteSdnFileWithTheReadmeCounts() throws Exception {
    var files = Reader.locate(SharedLists.file("us_ofac_sdn/2024-05-03/sdn.csv"));
    MappedList mapped = Mapper.map(files, Optional.of(LocalDate.of(2024, 5, 3)));

    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.parties()).hasSize(14_965);
    Map<PartyType, Long> byType =
        mapped.parties().stream()
            .collect(Collectors.groupingBy(Party::type, Collectors.counting()));
    assertThat(byType)
        .containsEntry(PartyType.ENTITY, 6_884L)
        .containsEntry(PartyType.INDIVIDUAL, 6_854L)
        .containsEntry(PartyType.VESSEL, 851L)
        .containsEntry(PartyType.AIRCRAFT, 376L);
    long withWeakAlias =
        mapped.parties().stream().filter(party -> party.remarks().contains("a.k.a. '")).count();
    assertThat(withWeakAlias).isEqualTo(2_067L);
    Party bnc = byId(mapped).apply("us-ofac-sdn:306");
    assertThat(bnc.aliases()).containsExactly("BNC");
    assertThat(bnc.programs()).containsExactly("CUBA");
    GoldenFiles.assertMatches(
        "us-ofac-sdn-2024-05-03.txt",
        GoldenFiles.selection(mapped.parties(), 20, "us-ofac-sdn:306", "us-ofac-sdn:48907"));
  }

  @Test
  void joinsAliasesAddressesAndCommentsOfTheCompleteFourFileSet() throws Exception {
    var files = Reader.locate(SharedLists.file("us_ofac_sdn/2021-07-07/sdn.csv"));
    assertThat(files.aliases()).isPresent();
    assertThat(files.addresses()).isPresent();
    assertThat(files.comments()).isPresent();
    MappedList mapped = Mapper.map(files, Optional.of(LocalDate.of(2021, 7, 7)));

    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.parties()).hasSize(8_976);
    Party bnc = byId(mapped).apply("us-ofac-sdn:306");
    assertThat(bnc.aliases()).contains("NATIONAL BANK OF CUBA", "BNC");
    assertThat(bnc.addresses())
        .anySatisfy(address -> assertThat(address.country()).isEqualTo("Switzerland"));
    Party commented = byId(mapped).apply("us-ofac-sdn:28264");
    assertThat(commented.aliases()).contains("blackjack1987", "khaleesi");
    GoldenFiles.assertMatches(
        "us-ofac-sdn-2021-07-07.txt",
        GoldenFiles.selection(
            mapped.parties(), 20, "us-ofac-sdn:306", "us-ofac-sdn:28264", "us-ofac-sdn:12300"));
  }

  private static Function<String, Party> byId(MappedList mapped) {
    Map<String, Party> parties =
        mapped.parties().stream().collect(Collectors.toMap(Party::id, p -> p));
    return id -> {
      assertThat(parties).containsKey(id);
      return parties.get(id);
    };
  }
}
