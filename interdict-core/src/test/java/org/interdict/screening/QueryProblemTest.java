package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.interdict.text.NamePipeline;
import org.junit.jupiter.api.Test;

class QueryProblemTest {
  private final NamePipeline pipeline = NamePipeline.standard();

  @Test
  void aNameWithoutLettersOrDigitsHasNothingToScreen() {
    for (String name : new String[] {"", "   ", "!!!", "«»", "\u200b"}) {
      assertThat(QueryProblem.of(pipeline.normalize(name)))
          .as(name)
          .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(QueryProblem.NOTHING_TO_SCREEN));
    }
  }

  @Test
  void lettersLeftInAScriptWithoutARomanizationAreNamed() {
    // ICU has no transliterator for Khmer, Lao or Tibetan: their letters survive normalization
    assertThat(QueryProblem.of(pipeline.normalize("Kim ប៉ុល ພົນ")))
        .hasValueSatisfying(
            p -> {
              assertThat(p.id()).isEqualTo(QueryProblem.UNROMANIZED_SCRIPT);
              assertThat(p.message()).contains("Khmer, Lao scripts").doesNotContain("Kim");
            });
  }

  @Test
  void romanizedScriptsAndLegalFormsAloneAreScreenable() {
    for (String name :
        new String[] {
          "Kaspersky Lab",
          "Лаборатория Касперского",
          "김정은",
          "金正恩",
          "محمد",
          "สมชาย",
          "ኃይለ ሥላሴ",
          "LLC"
        }) {
      assertThat(QueryProblem.of(pipeline.normalize(name))).as(name).isEmpty();
    }
  }
}
