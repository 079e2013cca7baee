package org.interdict.spark.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.interdict.lists.ListLoader;
import org.interdict.model.Party;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.junit.jupiter.api.Test;

/**
 * What executors rebuild from the broadcast must equal what the driver loaded, party for party and
 * in order.
 */
class PartyCodecTest {
  private static final Path LISTS =
      Path.of(System.getProperty("interdict.shared.dir", "../../shared"), "data", "lists");

  @Test
  void decodingGivesBackEveryPartyOfTheSharedListsInLoadOrder() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isDirectory(LISTS), "shared lists " + LISTS + " are absent; skipping");
    List<Party> parties = ListLoader.bundled().plus(ListLoader.fromDirectory(LISTS)).parties();

    List<Party> decoded = PartyCodec.decode(PartyCodec.encode(parties));

    assertThat(parties).hasSizeGreaterThan(20_000);
    assertThat(decoded).containsExactlyElementsOf(parties);
  }

  @Test
  void anIndexRebuiltFromTheBroadcastScoresLikeTheDriversIndex() {
    List<Party> parties = ListLoader.bundled().parties();
    List<Party> decoded = PartyCodec.decode(PartyCodec.encode(parties));
    ScreeningIndex driver = ScreeningIndex.build(parties);
    ScreeningIndex executor = ScreeningIndex.build(decoded);

    for (String name :
        List.of("Kaspersky Lab", "AO Kasperskiy Lab", "Positive Technologies", "Jane Doe")) {
      var expected =
          driver.screen(ScreeningQuery.of(name)).matches().stream()
              .map(m -> m.party().id() + " " + m.score())
              .toList();
      var actual =
          executor.screen(ScreeningQuery.of(name)).matches().stream()
              .map(m -> m.party().id() + " " + m.score())
              .toList();
      assertThat(actual).as(name).isEqualTo(expected);
    }
  }
}
