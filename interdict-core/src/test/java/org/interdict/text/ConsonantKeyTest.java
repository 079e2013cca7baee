package org.interdict.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsonantKeyTest {
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "mhmd,mohamed",
    "mhmd,muhammad",
    "hsn,hassan",
    "khald,khaled",
    "mhmwd,mahmoud",
    "msh,moshe"
  })
  void abjadRomanizationsShareTheSkeletonOfFullSpellings(String abjad, String full) {
    assertThat(ConsonantKey.of(VariantKey.of(abjad)))
        .isEqualTo(ConsonantKey.of(VariantKey.of(full)));
  }

  @Test
  void detectsAbjadScripts() {
    assertThat(ConsonantKey.isAbjad("محمد علي")).isTrue();
    assertThat(ConsonantKey.isAbjad("משה")).isTrue();
    assertThat(ConsonantKey.isAbjad("Лаборатория")).isFalse();
    assertThat(ConsonantKey.isAbjad("Mohamed Ali")).isFalse();
  }
}
