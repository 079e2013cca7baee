package org.interdict.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariantKeyTest {
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "yevgeniy,evgenii", "yevgeny,evgeniy", "kaspersky,kasperskiy", "kasperskii,kasperskij",
        "khodorkovsky,hodorkovski",
    "mohammed,mohamed", "aleksei,aleksey", "dzhokhar,jokhar", "schmidt,shmidt", "jackson,jakson"
  })
  void spellingVariantsShareAKey(String one, String other) {
    assertThat(VariantKey.of(one)).isEqualTo(VariantKey.of(other));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"kasparov,kaspersky", "ivanov,ivanova", "ali,ala"})
  void differentNamesKeepDifferentKeys(String one, String other) {
    assertThat(VariantKey.of(one)).isNotEqualTo(VariantKey.of(other));
  }
}
