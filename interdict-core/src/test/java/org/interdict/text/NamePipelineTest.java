package org.interdict.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePipelineTest {
  private final NamePipeline pipeline = NamePipeline.standard();

  @Test
  void splitsLegalFormsFromNameTokensAndRecordsChangingSteps() {
    NormalizedName name = pipeline.normalize("АО «Лаборатория Касперского»");
    assertThat(name.tokens()).containsExactly("laboratory", "kasperskogo");
    assertThat(name.legalForms()).containsExactly("jsc");
    assertThat(name.steps())
        .containsSubsequence(
            "case-fold", "transliterate", "strip-punctuation", "legal-form", "synonyms");
  }

  /**
   * Regression (found by NameScreeningFuzzTest, input unromanized-cyrillic-letter.utf16be): ICU
   * leaves ӫ as it is; the diacritics step made it ө, which only a second pass romanized.
   */
  @Test
  void aLetterWithoutAnIcuRuleIsRomanizedInTheFirstPass() {
    NormalizedName once = pipeline.normalize("ӫင Ӫлӫ");
    assertThat(pipeline.normalize(once.text()).text()).isEqualTo(once.text());
    assertThat(once.tokens()).containsExactly("ong", "olo");
  }

  /**
   * Regression (found by NormalizationPropertiesTest seeds 2164424385017, 2253902854371): a dot
   * between scripts.
   */
  @Test
  void aDroppedDotNeverGluesLettersOfTwoScriptsSoASecondPassChangesNothing() {
    for (String input :
        new String[] {"L.L.C.\u030c\ud874\udc6b\u00df", "L.L.C.\u036b\ud851\ude31"}) {
      NormalizedName once = pipeline.normalize(input);
      assertThat(once.legalForms()).containsExactly("llc");
      assertThat(pipeline.normalize(once.text()).text()).isEqualTo(once.text());
    }
  }

  @Test
  void asciiNamesSkipTheUnicodeSteps() {
    NormalizedName name = pipeline.normalize("Kaspersky Labs Ltd");
    assertThat(name.tokens()).containsExactly("kaspersky", "laboratory");
    assertThat(name.legalForms()).containsExactly("ltd");
    assertThat(name.steps()).doesNotContain("nfkc", "transliterate", "strip-diacritics");
  }

  @Test
  void surnameCommaGivenNamesKeepsAllTokens() {
    assertThat(pipeline.normalize("KASPERSKIY, Yevgeniy Valentinovich").tokens())
        .containsExactly("kasperskiy", "yevgeniy", "valentinovich");
  }

  @Test
  void truncatesVeryLongNamesAndSaysSo() {
    NormalizedName name = pipeline.normalize("a".repeat(10_000));
    assertThat(name.truncated()).isTrue();
    assertThat(name.tokens()).hasSize(1);
    assertThat(name.tokens().get(0)).hasSize(NamePipeline.MAX_CHARS);
  }

  @Test
  void emptyAndPunctuationOnlyNamesHaveNoTokens() {
    assertThat(pipeline.normalize("").isEmpty()).isTrue();
    assertThat(pipeline.normalize(" ,.;\u0000 ").isEmpty()).isTrue();
  }

  @Test
  void aNameMadeOfALegalFormKeepsIt() {
    assertThat(pipeline.normalize("Limited").tokens()).containsExactly("limited");
  }
}
