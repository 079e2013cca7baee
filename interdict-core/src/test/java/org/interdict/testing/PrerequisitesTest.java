package org.interdict.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PrerequisitesTest {
  private final String before = System.getProperty(Prerequisites.REQUIRE);

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(Prerequisites.REQUIRE);
    } else {
      System.setProperty(Prerequisites.REQUIRE, before);
    }
  }

  @Test
  void aMissingPrerequisiteSkipsByDefault() {
    System.clearProperty(Prerequisites.REQUIRE);
    assertThatThrownBy(() -> Prerequisites.require(false, "shared list data not found at /nowhere"))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("/nowhere");
  }

  @Test
  void aMissingPrerequisiteFailsWhenRequired() {
    System.setProperty(Prerequisites.REQUIRE, "true");
    assertThatThrownBy(() -> Prerequisites.require(false, "shared list data not found at /nowhere"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("/nowhere")
        .hasMessageContaining("-Dinterdict.require.shared=true");
  }

  @Test
  void aPresentPrerequisitePassesEitherWay() {
    System.setProperty(Prerequisites.REQUIRE, "true");
    assertThatCode(() -> Prerequisites.require(true, "unused")).doesNotThrowAnyException();
  }
}
