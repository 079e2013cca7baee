package org.interdict.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interdict.InvalidValueException;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;
import org.interdict.screening.ScreeningIndex;
import org.junit.jupiter.api.Test;

/** {@link EntityCases} are scored by the scorer chosen ({@code bench/evaluate --scorer}). */
class EntityCasesTest {
  private static final List<Party> PARTIES =
      List.of(
          person("1", "IVANOV, Aleksandr Sergeyevich", "1961-04-12"),
          person("2", "PETROVA, Yelena Nikolayevna", "1975-11-03"));

  private static Party person(String id, String name, String birthDate) {
    return new Party(
            "fixture:" + id,
            PartyType.INDIVIDUAL,
            name,
            List.of(),
            List.of(),
            List.of("Russia"),
            List.of("TEST"),
            List.of(),
            List.of(),
            "",
            new SourceRef("fixture", id, Optional.of(LocalDate.of(2024, 6, 21)), ""))
        .withFeatures(PartyFeatures.builder().birthDate(birthDate).build());
  }

  private static Map<String, Integer> found(String scorer) {
    ScreeningIndex index = ScreeningIndex.build(PARTIES);
    return EntityCases.run(index, EntityCases.generate(PARTIES, 2), scorer).stream()
        .collect(Collectors.toMap(EntityCases.Outcome::kind, EntityCases.Outcome::found));
  }

  @Test
  void aNamesakeBornThirtyYearsLaterIsFoundByTheNameOnlyScorerAndNotByAnEntityScorer() {
    assertThat(found("aligned-tokens-v1")).containsEntry("namesake-30-years", 2);
    assertThat(found("entity-v1")).containsEntry("namesake-30-years", 0);
    assertThat(found("entity-v2"))
        .containsEntry("namesake-30-years", 0)
        .containsEntry("same-date", 2)
        .containsEntry("one-year-off", 2);
  }

  @Test
  void anUnknownScorerIsRefused() {
    ScreeningIndex index = ScreeningIndex.build(PARTIES);
    assertThatThrownBy(() -> EntityCases.run(index, List.of(), "entity-v9"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("entity-v9");
  }
}
