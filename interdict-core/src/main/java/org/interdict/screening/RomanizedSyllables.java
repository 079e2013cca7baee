package org.interdict.screening;

/**
 * Why a query written in Han or Hangul script needs its own rule (issue 11 point 4): the pipeline
 * romanizes each character or Hangul block into one short syllable ({@code 成} to {@code cheng},
 * {@code 英} to {@code ying}), so two syllables that differ by a letter or two ({@code cheng}/{@code
 * chen}, {@code ying}/{@code yang}) are different characters, not a spelling variant of one name.
 * {@code aligned-tokens-v1} still pairs them by edit distance, which made most of the false alarms
 * on yente's non-sanctioned persons. {@code entity-v1} counts such pairs (method {@code fuzzy} or
 * {@code consonants}; {@code exact}, {@code variant} and {@code initial} pairs are kept as they
 * are) and lowers the name score for each ({@link EntityScorer#EDITED_SYLLABLE}). Latin, Cyrillic
 * or Arabic queries are not affected. Stateless.
 */
final class RomanizedSyllables {
  private RomanizedSyllables() {}

  /** Whether the raw query contains a Han ideograph or a Hangul syllable or letter. */
  static boolean applies(String rawQuery) {
    return rawQuery
        .codePoints()
        .anyMatch(
            cp -> {
              Character.UnicodeScript script = Character.UnicodeScript.of(cp);
              return script == Character.UnicodeScript.HAN
                  || script == Character.UnicodeScript.HANGUL;
            });
  }

  /** How many aligned pairs of {@code alignment} matched by edit distance only. */
  static int editedPairs(
      IndexData data, PreparedQuery query, int name, AlignmentScorer.Alignment alignment) {
    int[] nameTokens = data.nameTokens[name];
    int edited = 0;
    for (int i = 0; i < alignment.queryPositions().length; i++) {
      String queryToken = query.tokens[alignment.queryPositions()[i]];
      String listToken = data.tokens[nameTokens[alignment.namePositions()[i]]];
      String method = TokenSimilarity.method(alignment.similarities()[i], queryToken, listToken);
      if (method.equals("fuzzy") || method.equals("consonants")) {
        edited++;
      }
    }
    return edited;
  }
}
