package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cheap test before the romanized-syllable rule never hides a Han or Hangul query: over every
 * code point, a character the rule applies to is at or above U+1100.
 */
class HanOrHangulPrecheckTest {
  @Test
  void everyHanOrHangulCodePointPassesThePrecheck() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String text = new String(Character.toChars(cp));
      if (RomanizedSyllables.applies(text)) {
        assertThat(ScreeningIndex.mayHoldHanOrHangul(text)).as("U+%04X", cp).isTrue();
      }
    }
    assertThat(ScreeningIndex.mayHoldHanOrHangul("Kaspersky Labs, Zoë Ñúñez")).isFalse();
    assertThat(RomanizedSyllables.applies("\u5f20\u4f1f")).isTrue();
    assertThat(ScreeningIndex.mayHoldHanOrHangul("\u5f20\u4f1f")).isTrue();
    assertThat(ScreeningIndex.mayHoldHanOrHangul("\uae40\ubbfc\uc900")).isTrue();
  }
}
