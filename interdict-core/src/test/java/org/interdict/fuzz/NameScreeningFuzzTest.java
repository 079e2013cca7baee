package org.interdict.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.ListLoader;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;
import org.interdict.text.NamePipeline;
import org.interdict.text.NormalizedName;

/**
 * The name pipeline on arbitrary text: normalization never fails and is idempotent; screening an
 * arbitrary query against the bundled snapshot plus one arbitrary list name never fails, scores
 * stay in [0, 1] in descending order with their evidence, and the list name screened against itself
 * scores 1.
 */
class NameScreeningFuzzTest {
  private static final List<Party> BUNDLED = ListLoader.bundled().parties();
  private static final NamePipeline PIPELINE = NamePipeline.standard();

  /**
   * The input read as UTF-16BE code units, so that any char (lone surrogates, controls, bidi
   * overrides) can occur: the list name up to the first line feed, then the query.
   */
  @FuzzTest(maxDuration = "20s")
  void screensAnyNameWithoutFailing(byte[] input) {
    StringBuilder text = new StringBuilder(input.length / 2);
    for (int i = 0; i + 1 < input.length; i += 2) {
      text.append((char) (((input[i] & 0xff) << 8) | (input[i + 1] & 0xff)));
    }
    int newline = text.indexOf("\n");
    String listName = newline < 0 ? "" : text.substring(0, newline);
    String query = text.substring(newline + 1);

    NormalizedName once = PIPELINE.normalize(query);
    assertThat(PIPELINE.normalize(once.text()).text())
        .as("normalization is idempotent")
        .isEqualTo(once.text());
    assertThat(once.tokens())
        .allSatisfy(token -> assertThat(token).isNotEmpty().doesNotContain(" "));

    List<Party> parties = new ArrayList<>(BUNDLED);
    boolean listed = !listName.isBlank();
    if (listed) {
      parties.add(
          new Party(
              "fuzz:1",
              PartyType.ENTITY,
              listName,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              "",
              new SourceRef("fuzz", "1", Optional.of(LocalDate.of(2026, 1, 1)), "")));
    }
    ScreeningIndex index = ScreeningIndex.build(parties);
    ScreeningResult result = index.screen(ScreeningQuery.of(query).withMinScore(0.0).withLimit(20));
    assertValid(result.matches(), 20);

    if (listed && !PIPELINE.normalize(listName).tokens().isEmpty()) {
      List<Match> self = index.screen(ScreeningQuery.of(listName).withLimit(50)).matches();
      assertValid(self, 50);
      assertThat(self)
          .as("a list name screened against itself")
          .anySatisfy(
              m -> {
                assertThat(m.party().id()).isEqualTo("fuzz:1");
                assertThat(m.score()).isEqualTo(1.0);
              });
    }
  }

  private static void assertValid(List<Match> matches, int limit) {
    assertThat(matches).hasSizeLessThanOrEqualTo(limit);
    for (int i = 0; i < matches.size(); i++) {
      Match match = matches.get(i);
      assertThat(match.score()).isBetween(0.0, 1.0);
      assertThat(match.explanation().parts())
          .as("every match carries its score parts")
          .isNotEmpty();
      if (i > 0) {
        assertThat(match.score())
            .as("matches in descending score")
            .isLessThanOrEqualTo(matches.get(i - 1).score());
      }
    }
  }
}
