package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.interdict.text.VariantKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenSimilarityTest {
  private static double sim(String a, String b) {
    return TokenSimilarity.of(a, VariantKey.of(a), b, VariantKey.of(b));
  }

  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource({
    "kaspersky,kaspersky,exact",
    "kasperskiy,kaspersky,variant",
    "yevgeniy,evgenii,variant",
    "khodorkovsky,hodorkovskiy,variant",
    "adbul,abdul,fuzzy",
    "kasperskogo,kaspersky,fuzzy",
    "v,vladimir,initial"
  })
  void alignsVariants(String a, String b, String method) {
    double similarity = sim(a, b);
    assertThat(similarity).isGreaterThanOrEqualTo(CandidateFinder.MIN_PAIR);
    assertThat(TokenSimilarity.method(similarity, a, b)).isEqualTo(method);
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({
    "lee,liu",
    "darrell,dar",
    "kasparov,kaspersky",
    "chess,lab",
    "ivan,olga",
    "x,vladimir"
  })
  void keepsDifferentWordsApart(String a, String b) {
    assertThat(sim(a, b)).isLessThan(CandidateFinder.MIN_PAIR);
  }

  @Test
  void jaroWinklerAgreesWithCommonsText() {
    JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
    String[] words = {
      "martha", "marhta", "dixon", "dicksonx", "kaspersky", "kasperskiy", "a", "ab", "abc", "xyz"
    };
    for (String a : words) {
      for (String b : words) {
        assertThat(JaroWinkler.similarity(a, b))
            .as(a + "/" + b)
            .isCloseTo(reference.apply(a, b), org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }

  @Test
  void editDistanceCountsATranspositionOnce() {
    assertThat(EditDistance.osa("adbul", "abdul")).isEqualTo(1);
    assertThat(EditDistance.osa("kitten", "sitting")).isEqualTo(3);
    assertThat(EditDistance.osa("", "abc")).isEqualTo(3);
  }
}
