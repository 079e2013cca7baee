package org.interdict.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestSeedsTest {
  private final String before = System.getProperty(TestSeeds.PROPERTY);

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(TestSeeds.PROPERTY);
    } else {
      System.setProperty(TestSeeds.PROPERTY, before);
    }
  }

  @Test
  void theSystemPropertyReplaysASeed() {
    System.setProperty(TestSeeds.PROPERTY, " 20240503 ");
    assertThat(TestSeeds.next()).isEqualTo(20240503L);
    assertThat(TestSeeds.replay(20240503L))
        .isEqualTo("seed 20240503 (replay with -Dinterdict.test.seed=20240503)");
  }

  @Test
  void withoutItEachRunDrawsItsOwn() {
    System.setProperty(TestSeeds.PROPERTY, "");
    assertThat(TestSeeds.next()).isNotEqualTo(TestSeeds.next());
  }
}
