package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.text.NamePipeline;
import org.junit.jupiter.api.Test;

/**
 * Retrieval's score bound under entity-v1 ({@link PersonVotes}) is sound: every listed name that
 * scores at least the minimum against a query is among the candidates retrieval returns, also when
 * only a person rule (connectors, vowel skeletons, Wade-Giles, joined initials, patronymics,
 * titles, repeated tokens) lifts it there. Checked by scoring every name of a small index against
 * every query, the index holding the persons the rules were written for and namesakes around them.
 */
class PersonRuleBoundTest {
  private static final List<String> LISTED =
      List.of(
          "Vladimir Vladimirovich PUTIN",
          "Sergey Viktorovich LAVROV",
          "Valentina Ivanovna MATVIYENKO",
          "Ilham Heydar oglu ALIYEV",
          "Usama ibn Laden",
          "Mohammed bin Salman",
          "Mao Zedong",
          "MAO Tse-tung",
          "Hsi Chin-ping",
          "Barack Obama",
          "Monsieur Ilie-Gabril Bolojan",
          "Sergey SHOIGU",
          "Jean-Claude JUNCKER",
          "JC Juncker",
          "John Fitzgerald KENNEDY",
          "Hamza bin LADEN",
          "Bint Abdullah HAMAD",
          "Abdullah bin Hamad",
          "Hamad bin Abdullah",
          "Muhammad Saeed",
          "Mohamed Sayed",
          "Ahmed Mohamad Ali",
          "Xi Jinping",
          "WANG Ching-wei",
          "Zhang Wei",
          "Chang Wei",
          "Sergey Sergeyevich Ivanov",
          "Ivan Petrovich Sidorov",
          "President Lukashenko",
          "Alexander Grigoryevich LUKASHENKO");

  private static final List<String> QUERIES =
      List.of(
          "Vladimir Putin",
          "Sergey Lavrov",
          "Sergejs Lavrovs",
          "Valentina Matviyenko",
          "Ilham Aliyev",
          "Osama bin Laden",
          "Muhammad bin Salman",
          "Mao Tse-tung",
          "Zedong Mao",
          "Mao Tse tung",
          "Xi Jinping",
          "Hsi Chin ping",
          "Praesident Barack Obama",
          "Ilie Bolojan",
          "Sergey Sergey Shoigu",
          "JC Juncker",
          "Jean Claude Juncker",
          "JFK Kennedy",
          "Hamza Laden",
          "Hamza ibn Laden",
          "Binti Abdullah Hamad",
          "Hamad ibn Abdullah",
          "Mohammed Saeed",
          "Muhammad Sayid",
          "Ahmad Muhammad Ali",
          "Zhang Wei",
          "Wang Jingwei",
          "Changwei",
          "Ivan Sidorov",
          "Sergey Ivanov Sergeyevich",
          "Alexander Lukashenko",
          "Lukashenko");

  @Test
  void everyNameScoringAtLeastTheMinimumIsRetrieved() {
    List<Party> parties = new ArrayList<>();
    for (int i = 0; i < LISTED.size(); i++) {
      parties.add(
          Fixtures.party(
              "test",
              "p" + i,
              PartyType.INDIVIDUAL,
              LISTED.get(i),
              List.of(),
              List.of(),
              List.of()));
      // an unknown-type party too: the rules apply to both
      parties.add(
          Fixtures.party(
              "test", "u" + i, PartyType.UNKNOWN, LISTED.get(i), List.of(), List.of(), List.of()));
    }
    ScreeningIndex index = ScreeningIndex.build(parties, NamePipeline.standard());
    IndexData data = index.data();
    Scratch scratch = new Scratch(data.tokens.length, data.nameCount());
    SimilarTokenCache cache = new SimilarTokenCache(0);
    int lifted = 0;
    for (String text : concat(QUERIES, LISTED)) {
      for (double minScore :
          new double[] {0.46, 0.6, 0.7, ScreeningQuery.DEFAULT_MIN_SCORE, 0.8, 0.85, 0.9, 0.95}) {
        PreparedQuery query =
            CandidateFinder.prepare(data, data.pipeline.normalize(text), scratch, cache);
        int[] retrieved =
            CandidateFinder.candidates(
                data, query, scratch, ScreeningFilter.none(), minScore, true, true);
        Arrays.sort(retrieved);
        // at minimum 0 every bound passes: what is left is the vote floor, a recall heuristic on
        // the similar-token votes that the bound must not tighten
        int[] overTheFloor =
            CandidateFinder.candidates(
                data, query, scratch, ScreeningFilter.none(), 0.0, true, true);
        assertThat(overTheFloor.length).isLessThan(CandidateFinder.MAX_CANDIDATES);
        for (int name : overTheFloor) {
          double entity = AlignmentScorer.align(data, query, name, EntityScorer.ID_V2).score();
          if (entity < minScore) {
            continue;
          }
          if (AlignmentScorer.align(data, query, name).score() < minScore) {
            lifted++; // only the rules bring it over the minimum
          }
          assertThat(Arrays.binarySearch(retrieved, name))
              .as(
                  "%s retrieves %s (entity-v1 %.4f, minimum %.2f)",
                  text, data.nameText[name], entity, minScore)
              .isGreaterThanOrEqualTo(0);
        }
      }
    }
    // the check is only worth something if the rules lift names the plain bound would drop
    assertThat(lifted).isGreaterThan(20);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
