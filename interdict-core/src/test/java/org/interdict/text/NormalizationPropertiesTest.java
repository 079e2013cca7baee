package org.interdict.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.interdict.testing.TestSeeds;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Seeded random inputs over all of Unicode (surrogates and controls included); the seed is printed
 * on failure and {@code -Dinterdict.test.seed=N} replays it.
 */
class NormalizationPropertiesTest {
  private final NamePipeline pipeline = NamePipeline.standard();

  @RepeatedTest(20)
  void neverFailsAndIsIdempotent() {
    long seed = TestSeeds.next();
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      String input = RandomText.of(random);
      try {
        NormalizedName once = pipeline.normalize(input);
        String joined = String.join(" ", once.legalForms()) + " " + once.text();
        NormalizedName twice = pipeline.normalize(once.text());
        assertThat(twice.text()).as("idempotent for %s", escape(input)).isEqualTo(once.text());
        assertThat(once.tokens())
            .allSatisfy(token -> assertThat(token).isNotEmpty().doesNotContain(" "));
        assertThat(joined).isNotNull();
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(TestSeeds.replay(seed) + " input " + escape(input), e);
      }
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.chars()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
