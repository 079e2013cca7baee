package org.interdict.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 10 point 3: one vocabulary of contexts for detection, the catalog and policy. */
class ContextTest {
  @Test
  void idsAreTheCatalogSpellings() {
    assertThat(Context.IDS).containsExactly("installed", "integrated");
    assertThat(Context.INTEGRATED.id()).isEqualTo("integrated");
    assertThat(Context.isId("installed")).isTrue();
    assertThat(Context.isId("Installed")).as("the catalog's spelling is exact").isFalse();
    assertThat(Context.isId("embedded")).isFalse();
  }
}
