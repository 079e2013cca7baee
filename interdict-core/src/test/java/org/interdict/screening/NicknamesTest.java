package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.text.NamePipeline;
import org.interdict.text.VariantKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The nickname table ships normalized (issue 11, stop 11: the first query no longer normalizes it);
 * the shipped text must be what the standard pipeline makes of the source tables today.
 */
class NicknamesTest {
  private static final Path SHIPPED =
      Path.of("src/main/resources/org/interdict/screening", Nicknames.NORMALIZED);

  @Test
  void theShippedTableIsTheSourcesNormalizedByTheStandardPipeline() throws IOException {
    String fromSources = Nicknames.fromSources(NamePipeline.standard()).table();
    if (Boolean.getBoolean("interdict.golden.update")) {
      Files.writeString(SHIPPED, fromSources, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SHIPPED, StandardCharsets.UTF_8))
        .as(
            "%s is stale (normalization or the source tables changed): regenerate with"
                + " -Dinterdict.golden.update=true",
            SHIPPED)
        .isEqualTo(fromSources);
    // the loaded table is the shipped one, read back to the same text
    assertThat(Nicknames.standard().table()).isEqualTo(fromSources);
    assertThat(Nicknames.standard().size()).isGreaterThan(1000);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "bill,william",
    "sasha,aleksandr",
    "dima,dmitriy",
    "zhenya,yevgeniy",
    "bob,robert",
  })
  void aShortFormAndItsFullNameFindEachOtherAsEquivalentKeys(String nick, String full) {
    Nicknames nicknames = Nicknames.standard();
    String nickKey = VariantKey.of(nick);
    String fullKey = VariantKey.of(full);
    assertThat(nicknames.equivalent(nickKey, fullKey)).isTrue();
    assertThat(nicknames.equivalentKeys(nicknames.forms(nickKey))).contains(fullKey);
    assertThat(nicknames.equivalentKeys(nicknames.forms(fullKey))).contains(nickKey);
  }

  @Test
  void equivalentKeysAreExactlyTheEquivalentOnes() {
    Nicknames nicknames = Nicknames.standard();
    for (String name : new String[] {"bob", "rob", "william", "aleksandr", "sasha", "alex"}) {
      Nicknames.Forms forms = nicknames.forms(VariantKey.of(name));
      for (String key : nicknames.equivalentKeys(forms)) {
        assertThat(nicknames.equivalent(VariantKey.of(name), key)).as(name + "/" + key).isTrue();
      }
    }
    // two short forms of one name are not equivalent, so neither lists the other
    assertThat(nicknames.equivalentKeys(nicknames.forms(VariantKey.of("bob"))))
        .doesNotContain(VariantKey.of("rob"));
  }
}
