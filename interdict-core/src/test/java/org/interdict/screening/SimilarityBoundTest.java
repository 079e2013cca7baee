package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.interdict.testing.TestSeeds;
import org.interdict.text.VariantKey;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bound retrieval uses to skip exact similarities: it may only say "below" for pairs whose
 * exact similarity is below the pair threshold, or retrieval would lose tokens. {@code
 * -Dinterdict.test.seed=N} replays a random round.
 */
class SimilarityBoundTest {
  private static boolean below(String a, String b) {
    String keyA = VariantKey.of(a);
    String keyB = VariantKey.of(b);
    return SimilarityBound.below(
        a,
        keyA,
        SimilarityBound.letters(a),
        SimilarityBound.letters(keyA),
        b,
        keyB,
        SimilarityBound.letters(b),
        SimilarityBound.letters(keyB));
  }

  private static double exact(String a, String b) {
    return TokenSimilarity.of(a, VariantKey.of(a), b, VariantKey.of(b));
  }

  @ParameterizedTest(name = "{0} ~ {1} is not skipped")
  @CsvSource({
    "adbul,abdul",
    "kasperskiy,kaspersky",
    "kasperskogo,kaspersky",
    "growp,group",
    "v,vladimir",
    "yevgeniy,evgenii",
    "mohammed,muhammad",
    "international,internacional"
  })
  void neverSkipsPairsThatAlign(String a, String b) {
    assertThat(exact(a, b)).isGreaterThanOrEqualTo(CandidateFinder.MIN_PAIR);
    assertThat(below(a, b)).isFalse();
    assertThat(below(b, a)).isFalse();
  }

  @ParameterizedTest(name = "{0} ~ {1} is skipped")
  @CsvSource({"international,nationale", "kaspersky,sky", "ivan,olga", "trading,tradition"})
  void skipsPairsFarApart(String a, String b) {
    assertThat(exact(a, b)).isLessThan(CandidateFinder.MIN_PAIR);
    assertThat(below(a, b)).isTrue();
  }

  @RepeatedTest(20)
  void saysBelowOnlyWhenTheExactSimilarityIsBelow() {
    long seed = TestSeeds.next();
    Random random = new Random(seed);
    int skipped = 0;
    for (int i = 0; i < 20_000; i++) {
      String a = word(random);
      String b = random.nextInt(3) == 0 ? word(random) : edited(a, random);
      if (below(a, b)) {
        skipped++;
        assertThat(exact(a, b))
            .as("seed %d: %s ~ %s", seed, a, b)
            .isLessThan(CandidateFinder.MIN_PAIR);
      }
    }
    assertThat(skipped).as("seed %d: the bound skips something", seed).isPositive();
  }

  /**
   * A lower-case word over a small alphabet, so random pairs share letters and sit near the
   * threshold.
   */
  private static String word(Random random) {
    String alphabet = "aeiouykhszcvbdgmnrtl";
    StringBuilder word = new StringBuilder();
    int length = 2 + random.nextInt(11);
    for (int i = 0; i < length; i++) {
      word.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return word.toString();
  }

  /** One to three random edits (substitution, insertion, deletion, adjacent swap) of a word. */
  private static String edited(String word, Random random) {
    StringBuilder text = new StringBuilder(word);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && text.length() > 1; e++) {
      int at = random.nextInt(text.length() - 1);
      char letter = "aeiouykhszcvbdgmnrtl".charAt(random.nextInt(20));
      switch (random.nextInt(4)) {
        case 0 -> text.setCharAt(at, letter);
        case 1 -> text.insert(at, letter);
        case 2 -> text.deleteCharAt(at);
        default -> {
          char first = text.charAt(at);
          text.setCharAt(at, text.charAt(at + 1));
          text.setCharAt(at + 1, first);
        }
      }
    }
    return text.toString();
  }
}
