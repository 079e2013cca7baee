package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.interdict.text.VariantKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * entity-v1's name rules (NameRules, Nicknames) on real names: the queries are rows of yente's
 * non-sanctioned persons (namesakes) or spellings of listed names, the listed names are entries of
 * OFAC SDN, BIS DPL, CSL and UN as they are written there. Each rule is checked both ways: the
 * namesake it is for is lowered (below the default threshold, where aligned-tokens-v1 alarmed), and
 * a true variant of the same shape keeps its score.
 */
class NameRulesTest {
  private static final double THRESHOLD = ScreeningQuery.DEFAULT_MIN_SCORE;

  private static Match compare(String query, String listed, PartyType type, String scorer) {
    return PairComparison.compare(
            new PairComparison.Side(query, PartyType.UNKNOWN, PartyFeatures.none()),
            new PairComparison.Side(listed, type, PartyFeatures.none()),
            scorer)
        .orElseThrow();
  }

  private static Match entity(String query, String listed, PartyType type) {
    return compare(query, listed, type, EntityScorer.ID);
  }

  private static double aligned(String query, String listed, PartyType type) {
    return compare(query, listed, type, AlignmentScorer.ID).score();
  }

  private static double part(Match match, String id) {
    return match.explanation().parts().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no part " + id + " in " + match.explanation()))
        .value();
  }

  @ParameterizedTest(name = "{0} against {1}: {3} lowers it")
  @CsvSource(
      delimiter = '|',
      value = {
        // only the given names agree with "SURNAME, Given" (OFAC SDN / CSL)
        "Hector Manuel|BELTRAN SANCHEZ, Hector Manuel|INDIVIDUAL|unmatched-surname",
        // one of two query tokens aligned, with a vessel
        "Lee Baxter|BAXTER|VESSEL|single-token",
        "Destiny Cox|DESTINY|VESSEL|single-token",
        // no exact or variant token: consonant skeletons and edit distance only (Persian query)
        "یلدا ایروانی|LADY RANIA|VESSEL|no-anchor",
        "Ladli Arya|LADY MARIIA|VESSEL|no-anchor",
        // a Han given name of two syllables against a listed one of one
        "建宏 張|ZHANG, Jian|INDIVIDUAL|unmatched-syllables",
        "秀玲 李|Xiu Ling Chen|UNKNOWN|unmatched-syllables",
        // stop 12 (issue 11): a final long vowel the abjad writes and the listed name lacks
        "مبینا احمدی|MUBEEN, Ahmed|INDIVIDUAL|final-vowel",
        "حسنا کریمی|KARAMI, Hassan|INDIVIDUAL|final-vowel",
        // the feminine form of a listed man's name
        "Luisa López|LUIS LOPEZ|UNKNOWN|gendered-form",
        "Valentina Colić|CORIC, Valentin|INDIVIDUAL|gendered-form",
      })
  void aNamesakeIsLowered(String query, String listed, PartyType type, String rule) {
    Match match = entity(query, listed, type);
    assertThat(part(match, rule)).isLessThan(1.0);
    assertThat(match.score())
        .isLessThanOrEqualTo(aligned(query, listed, type) * part(match, rule) + 1e-4);
  }

  @ParameterizedTest(name = "{0} against {1} keeps its score ({3} does not apply)")
  @CsvSource(
      delimiter = '|',
      value = {
        // the surname is aligned; only a middle name is omitted
        "Mark Taylor|TAYLOR, Mark John|INDIVIDUAL|unmatched-surname",
        "Ibrahim DAHBOUR|DAHBOUR, Ibrahim Mohammed|INDIVIDUAL|unmatched-surname",
        // organizations keep their short names
        "Kaspersky Lab|KASPERSKY|ENTITY|single-token",
        // every token aligned: no single-token charge
        "Julia Wu|WU, Julia|INDIVIDUAL|single-token",
        // one exact token anchors the pair
        "Jorge Alberto Cervantez|Jorge Alberto Cervantes|INDIVIDUAL|no-anchor",
        // the same two syllables, written in Han
        "雷 张|ZHANG, Lei|INDIVIDUAL|unmatched-syllables",
        // the abjad's endings agree with the listed romanization (consonant, -i, alef maksura)
        "محمد سلطانی|SOLTANI, Mohammad|INDIVIDUAL|final-vowel",
        "حسین موسوی|MUSAVI, Hossein|INDIVIDUAL|final-vowel",
        "موسى عيسى|MUSA, Isa|INDIVIDUAL|final-vowel",
        // a nickname beside an exact surname is a short form, not weak evidence
        "Bill Gates|William Gates|INDIVIDUAL|weak-nickname",
        "Dima Medvedev|Dmitriy Medvedev|INDIVIDUAL|weak-nickname",
        // spellings of one name, not its other gender
        "Aleksandr Ivanov|Alexandr Ivanov|INDIVIDUAL|gendered-form",
        "Mohamad Hasan|Mohammad Hassan|INDIVIDUAL|gendered-form",
      })
  void aTrueVariantKeepsItsScore(String query, String listed, PartyType type, String rule) {
    Match match = entity(query, listed, type);
    assertThat(part(match, rule)).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0} against {1}: {3} takes it below the threshold ({4})")
  @CsvSource(
      delimiter = '|',
      value = {
        // a nickname with only an initial beside it, or paired with the article al (yente
        // namesakes that only entity-v1's nicknames had raised to an alarm)
        "Donald Turner|DON T|INDIVIDUAL|weak-nickname|entity-v1",
        "Allen Gonzalez|EL CHUY GONZALEZ|INDIVIDUAL|weak-nickname|entity-v1",
        // the feminine forms of a listed man's given name and surname, which entity-v2's
        // patronymic discount raises
        "Евгения Лебедева|LEBEDEV, Yevgeny Viktorovich|INDIVIDUAL|gendered-form|entity-v2",
      })
  void aNamesakeRaisedByOtherRulesIsLoweredBelowTheThreshold(
      String query, String listed, PartyType type, String rule, String scorer) {
    Match match = compare(query, listed, type, scorer);
    assertThat(part(match, rule)).isLessThan(1.0);
    assertThat(match.score()).isLessThan(THRESHOLD);
    assertThat(match.score() / part(match, rule)).isGreaterThanOrEqualTo(THRESHOLD);
  }

  @ParameterizedTest(name = "{0} / {1} gendered: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "valentina|valentin|true",
        "lebedeva|lebedev|true",
        "yevgeniya|yevgeny|true",
        "hasanah|hasan|true",
        "jamalia|jamal|true",
        "danielle|daniel|true",
        "maria|mario|true",
        "mario|marco|false",
        "arefullaha|arefullah|false",
        "ana|an|false",
        "alexandra|alexanda|false",
        "mohammad|mohammed|false",
      })
  void genderedFormsAreTheSameNameWithAFeminineEnding(String one, String other, boolean gendered) {
    assertThat(NameRules.genderedForms(one, other)).isEqualTo(gendered);
    assertThat(NameRules.genderedForms(other, one)).isEqualTo(gendered);
  }

  @Test
  void anAbjadsFinalLongVowelMustBeInTheListedName() {
    assertThat(
            NameRules.endingsAgree(
                NameRules.ending("ahmdy", true), NameRules.ending("ahmed", false)))
        .isFalse(); // Ahmadi is not Ahmed
    assertThat(
            NameRules.endingsAgree(
                NameRules.ending("ahmdy", true), NameRules.ending("ahmadi", false)))
        .isTrue();
    assertThat(
            NameRules.endingsAgree(NameRules.ending("mwsy", true), NameRules.ending("musa", false)))
        .isTrue(); // alef maksura
    assertThat(
            NameRules.endingsAgree(NameRules.ending("asma", true), NameRules.ending("sami", false)))
        .isFalse();
    assertThat(
            NameRules.endingsAgree(
                NameRules.ending("hmzt", true), NameRules.ending("hamza", false)))
        .isTrue(); // ta marbuta
  }

  @Test
  void aSubsetNameLosesInProportionToWhatItLacksButAnOmittedMiddleNameStaysAMatch() {
    // yente namesake: every query token found, a listed given name left over (BIS DPL)
    Match subset = entity("Michael Johnson", "WILLIAM MICHAEL JOHNSON", PartyType.UNKNOWN);
    assertThat(part(subset, "unmatched-list")).isLessThan(1.0);
    assertThat(subset.score())
        .isLessThan(aligned("Michael Johnson", "WILLIAM MICHAEL JOHNSON", PartyType.UNKNOWN));
    // a true variant with its middle name omitted is still found
    Match omitted = entity("Ibrahim DAHBOUR", "Ibrahim Mohammed DAHBOUR", PartyType.INDIVIDUAL);
    assertThat(omitted.score()).isGreaterThanOrEqualTo(THRESHOLD);
    // a typo leaves a token unaligned on both sides: not a subset, no extra charge
    Match typo = entity("Mehrdad Reun Foomanie", "Mehrdad Rueen Foomanie", PartyType.INDIVIDUAL);
    assertThat(part(typo, "unmatched-list")).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0} is a short form of {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bill Gates|William Gates",
        "Sasha Ivanov|Aleksandr Ivanov",
        "Dima Medvedev|Dmitriy Medvedev",
        "Dima Medvedev|Dmitry Medvedev",
        "Zhenya Kaspersky|Yevgeniy Kaspersky",
        "Bob Smith|Robert Smith",
      })
  void aNicknameIsAWeakerThanExactEquivalence(String query, String listed) {
    Match match = entity(query, listed, PartyType.INDIVIDUAL);
    assertThat(match.score()).isGreaterThanOrEqualTo(THRESHOLD).isLessThan(1.0);
    assertThat(part(match, "nickname")).isEqualTo(1.0);
    assertThat(match.explanation().pairs())
        .anySatisfy(pair -> assertThat(pair.method()).isEqualTo("nickname"));
    // aligned-tokens-v1 does not know nicknames and stays as it was
    assertThat(aligned(query, listed, PartyType.INDIVIDUAL)).isLessThan(THRESHOLD);
  }

  @Test
  void twoShortFormsOrUnrelatedNamesAreNotNicknames() {
    Nicknames nicknames = Nicknames.standard();
    assertThat(nicknames.equivalent("bob", "rob")).isFalse(); // both short for robert
    assertThat(nicknames.equivalent(VariantKey.of("bill"), VariantKey.of("fred")))
        .isFalse(); // upstream lists bill,fred
    assertThat(nicknames.equivalent("sasha", "dmitriy")).isFalse();
    assertThat(nicknames.equivalent("bill", "bill")).isFalse();
    assertThat(nicknames.equivalent(VariantKey.of("dmitry"), VariantKey.of("dima"))).isTrue();
    Match unrelated = entity("Sasha Ivanov", "Dmitriy Ivanov", PartyType.INDIVIDUAL);
    assertThat(part(unrelated, "nickname")).isZero();
    assertThat(unrelated.score()).isLessThan(THRESHOLD);
  }

  @Test
  void alignedTokensV1KeepsItsSevenParts() {
    Match match =
        compare(
            "Hector Manuel",
            "BELTRAN SANCHEZ, Hector Manuel",
            PartyType.INDIVIDUAL,
            "aligned-tokens-v1");
    List<String> ids = match.explanation().parts().stream().map(ScorePart::id).toList();
    assertThat(ids)
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(
                    AlignmentScorer.PART_IDS.stream(), java.util.stream.Stream.of("score"))
                .toList());
    Match entity = entity("Hector Manuel", "BELTRAN SANCHEZ, Hector Manuel", PartyType.INDIVIDUAL);
    assertThat(entity.explanation().parts().stream().map(ScorePart::id))
        .containsSubsequence(NameRules.PART_IDS);
  }
}
