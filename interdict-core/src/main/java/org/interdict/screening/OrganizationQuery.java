package org.interdict.screening;

import org.interdict.text.VariantKey;

/**
 * What entity-v2's {@link OrganizationNameRules} and {@link CompoundPairs} read of one query,
 * worked out once per query ({@link PreparedQuery#organization}) rather than once per candidate:
 * whether it writes a number, which countries it names, the legal forms written onto the end of its
 * words, which words may be acronyms or a person's initials, and its runs of adjacent words joined
 * (their text and variant key, on first use). Used by one thread, as its query is.
 */
final class OrganizationQuery {
  /** Longest run of words {@link CompoundPairs} joins into one. */
  static final int MAX_RUN = 4;

  /** Whether a word may write a number, so {@link CompoundPairs} looks for number runs. */
  final boolean numeric;

  /** Whether the query writes a number, Roman numerals included (number-conflict). */
  final boolean numbered;

  private final IndexData data;
  private long[] legalStems;
  private int places = UNKNOWN;

  /** Per word, whether it may spell a listed organization's initials. */
  final boolean[] acronym;

  /** Whether the first word may be a person's initials written in capitals ({@code JC Juncker}). */
  final boolean personInitials;

  private final String[] tokens;
  private final long[] letters;

  /** Per word, {@link KeyLetters#of} its variant key. */
  final long[] keyLetters;

  private final String[][] runTexts;
  private final String[][] runKeys;

  OrganizationQuery(IndexData data, PreparedQuery query) {
    this.data = data;
    tokens = query.tokens;
    String original = query.normalized.original();
    boolean anyNumeric = false;
    acronym = new boolean[tokens.length];
    letters = new long[tokens.length];
    keyLetters = new long[tokens.length];
    for (int q = 0; q < tokens.length; q++) {
      letters[q] = KeyLetters.of(tokens[q]);
      keyLetters[q] = KeyLetters.of(query.keys[q]);
      anyNumeric |= NumberTokens.mayWriteNumber(tokens[q]);
      acronym[q] =
          CompoundPairs.acronymShaped(tokens[q])
              && (tokens[q].length() >= 3 || CompoundPairs.writtenInCapitals(original, tokens[q]));
    }
    numeric = anyNumeric;
    numbered = anyNumeric && !NumberTokens.runs(tokens, null, true).isEmpty();
    personInitials =
        tokens.length >= 2
            && tokens[0].length() <= 3
            && CompoundPairs.acronymShaped(tokens[0])
            && CompoundPairs.writtenInCapitals(original, tokens[0]);
    runTexts = new String[tokens.length][];
    runKeys = new String[tokens.length][];
  }

  /** {@link OrganizationIndex#tokenLegalStems} of word {@code q}, worked out on first use. */
  long legalStems(int q) {
    if (legalStems == null) {
      legalStems = new long[tokens.length];
      for (int k = 0; k < tokens.length; k++) {
        legalStems[k] = OrganizationIndex.legalStems(tokens[k]);
      }
    }
    return legalStems[q];
  }

  /**
   * The id of the countries the query names ({@link OrganizationIndex#placeId}), worked out on
   * first use (the first organization scored).
   */
  int places() {
    if (places == UNKNOWN) {
      places = data.organizations().placeId(OrganizationNameRules.places(tokens));
    }
    return places;
  }

  private static final int UNKNOWN = Integer.MIN_VALUE;

  /** Length of words {@code from} to {@code to - 1} run together. */
  int runLength(int from, int to) {
    int length = 0;
    for (int q = from; q < to; q++) {
      length += tokens[q].length();
    }
    return length;
  }

  /**
   * Words {@code from} to {@code to - 1} run together ({@code to - from} from 2 to {@link
   * #MAX_RUN}).
   */
  String runText(int from, int to) {
    String[] texts = runs(runTexts, from);
    int at = to - from - 2;
    if (texts[at] == null) {
      StringBuilder joined = new StringBuilder();
      for (int q = from; q < to; q++) {
        joined.append(tokens[q]);
      }
      texts[at] = joined.toString();
    }
    return texts[at];
  }

  /** {@link KeyLetters#of} {@link #runText}. */
  long runLetters(int from, int to) {
    long mask = 0;
    for (int q = from; q < to; q++) {
      mask |= letters[q];
    }
    return mask;
  }

  /** The variant key of {@link #runText}. */
  String runKey(int from, int to) {
    String[] keys = runs(runKeys, from);
    int at = to - from - 2;
    if (keys[at] == null) {
      keys[at] = VariantKey.of(runText(from, to));
    }
    return keys[at];
  }

  private static String[] runs(String[][] table, int from) {
    if (table[from] == null) {
      table[from] = new String[MAX_RUN - 1];
    }
    return table[from];
  }
}
