package org.interdict.screening;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.interdict.text.LegalForms;

/**
 * What entity-v2's {@link OrganizationNameRules}, {@link CompoundPairs} and {@link
 * CompoundRetrieval} read of the index, derived once when the index is built or loaded (ADR 016),
 * so that scoring a candidate allocates no string, runs no regex and normalizes nothing: per token
 * the legal forms written onto its end and whether it may write a number; per name whether the
 * organization rules apply, whether it writes a number and which countries it names; the
 * organizations by their initials; and the names by two adjacent words run together (what a query
 * word that is their join reaches). Immutable and thread-safe.
 */
final class OrganizationIndex {
  /**
   * Splits and joins pair words of at least this many letters a side ({@link CompoundRetrieval}).
   */
  static final int MIN_SPLIT = 3;

  /**
   * Per token, bit {@code p} set when the token minus its first {@code p} letters is a written
   * legal form ({@code siemensag}: bit 7), for {@code 3 <= p <= length - 2} ({@link
   * CompoundPairs#legalSuffix}).
   */
  final long[] tokenLegalStems;

  /** Per token, {@link KeyLetters#of} it and of its variant key. */
  final long[] tokenLetters;

  final long[] tokenKeyLetters;

  /** Per token, whether it may write a number: digits, a number word, Roman-numeral letters. */
  final boolean[] tokenNumeric;

  /**
   * Per name, in one int so a candidate costs one read: bit 0 set when {@link
   * OrganizationNameRules} apply to its party, bit 1 when it writes a number ({@link NumberTokens},
   * Roman included), the rest the id of the set of countries it names (0 for none).
   */
  private final int[] nameRules;

  private final Map<String, Integer> placeIds;
  private final Map<String, int[]> initials;
  private final HashFilter initialsFilter;

  /** The vocabulary's tokens, for rewrites that join query words. */
  final HashFilter vocabulary;

  private final HashFilter pairFilter;

  /**
   * Adjacent word pairs of at least {@link #MIN_SPLIT} letters each, as {@code hash << 32 | name}
   * sorted, the hash being {@link String#hashCode} of the two words run together.
   */
  private final long[] adjacentPairs;

  OrganizationIndex(IndexData data) {
    int vocabularySize = data.tokens.length;
    tokenLegalStems = new long[vocabularySize];
    tokenNumeric = new boolean[vocabularySize];
    tokenLetters = new long[vocabularySize];
    tokenKeyLetters = new long[vocabularySize];
    for (int t = 0; t < vocabularySize; t++) {
      tokenLetters[t] = KeyLetters.of(data.tokens[t]);
      tokenKeyLetters[t] = KeyLetters.of(data.keys[t]);
      tokenLegalStems[t] = legalStems(data.tokens[t]);
      tokenNumeric[t] = NumberTokens.mayWriteNumber(data.tokens[t]);
    }
    int names = data.nameCount();
    nameRules = new int[names];
    placeIds = new HashMap<>();
    Map<String, IntList> byInitials = new HashMap<>();
    long[] pairs = new long[names];
    int pairCount = 0;
    for (int name = 0; name < names; name++) {
      int[] ids = data.nameTokens[name];
      for (int j = 0; j + 1 < ids.length; j++) {
        String left = data.tokens[ids[j]];
        String right = data.tokens[ids[j + 1]];
        if (left.length() >= MIN_SPLIT && right.length() >= MIN_SPLIT) {
          if (pairCount == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairCount * 2);
          }
          int hash = HashFilter.joinedHash(left.hashCode(), right);
          pairs[pairCount++] = ((long) hash << 32) | name;
        }
      }
      if (!OrganizationNameRules.applies(data.parties[data.nameParty[name]].type())) {
        continue;
      }
      if (joinedSpelling(data, name)) {
        // "victory 3" stored as "victory3" still writes the number: the run-together spelling
        // ({@link IndexBuilder#spellings}) follows the spelling it was made from, one id before.
        nameRules[name] = nameRules[name - 1];
        continue;
      }
      int rules = 1;
      String[] tokens = new String[ids.length];
      boolean numeric = false;
      for (int j = 0; j < ids.length; j++) {
        tokens[j] = data.tokens[ids[j]];
        numeric |= tokenNumeric[ids[j]];
      }
      if (numeric && !NumberTokens.runs(tokens, null, true).isEmpty()) {
        rules |= 2;
      }
      TreeSet<String> places = OrganizationNameRules.places(tokens);
      if (!places.isEmpty()) {
        rules |= placeIds.computeIfAbsent(String.join(",", places), k -> 1 + placeIds.size()) << 2;
      }
      nameRules[name] = rules;
      for (String key : CompoundRetrieval.initialsOf(tokens)) {
        byInitials.computeIfAbsent(key, k -> new IntList(1)).add(name);
      }
    }
    initials = new HashMap<>(byInitials.size() * 2);
    initialsFilter = new HashFilter(byInitials.size());
    byInitials.forEach(
        (key, list) -> {
          initials.put(key, list.toArray());
          initialsFilter.add(key.hashCode());
        });
    adjacentPairs = Arrays.copyOf(pairs, pairCount);
    Arrays.sort(adjacentPairs);
    pairFilter = new HashFilter(pairCount);
    for (long pair : adjacentPairs) {
      pairFilter.add((int) (pair >>> 32));
    }
    vocabulary = new HashFilter(vocabularySize);
    for (String token : data.tokens) {
      vocabulary.add(token.hashCode());
    }
  }

  /**
   * Whether {@code name} is a run-together spelling that {@link IndexBuilder#spellings} added after
   * the name's own spelling (the two or three spellings of a name have consecutive ids).
   */
  private static boolean joinedSpelling(IndexData data, int name) {
    return name > 0
        && data.nameParty[name - 1] == data.nameParty[name]
        && data.nameIndex[name - 1] == data.nameIndex[name]
        && data.stepLists.get(data.nameSteps[name]).contains(IndexBuilder.JOIN_WORDS);
  }

  /** Whether {@link OrganizationNameRules} apply to the party of {@code name}. */
  boolean organization(int name) {
    return (nameRules[name] & 1) != 0;
  }

  /** The rules bits of {@code name} ({@link #nameRules}). */
  int rules(int name) {
    return nameRules[name];
  }

  /** Whether rules bits say the name writes a number. */
  static boolean numbered(int rules) {
    return (rules & 2) != 0;
  }

  /** The place id rules bits hold. */
  static int places(int rules) {
    return rules >>> 2;
  }

  /** The id of a set of countries as {@link #places} reads it: 0 empty, -1 no name names it. */
  int placeId(TreeSet<String> places) {
    return places.isEmpty() ? 0 : placeIds.getOrDefault(String.join(",", places), -1);
  }

  /** The names of organizations whose initials are {@code acronym}; empty when none. */
  int[] withInitials(String acronym) {
    if (!initialsFilter.mightContain(acronym.hashCode())) {
      return NONE;
    }
    return initials.getOrDefault(acronym, NONE);
  }

  /**
   * The names holding two adjacent words of at least {@link #MIN_SPLIT} letters each that run
   * together into {@code joined}, each followed by the length of the first word.
   */
  IntList splitsOf(IndexData data, String joined) {
    IntList found = new IntList(1);
    if (joined.length() < 2 * MIN_SPLIT || !pairFilter.mightContain(joined.hashCode())) {
      return found;
    }
    long hash = (long) joined.hashCode() << 32;
    int at = Arrays.binarySearch(adjacentPairs, hash);
    for (int i = at >= 0 ? at : -at - 1; i < adjacentPairs.length; i++) {
      if ((adjacentPairs[i] & 0xFFFFFFFF00000000L) != hash) {
        break;
      }
      int name = (int) adjacentPairs[i];
      int cut = cutOf(data, name, joined);
      if (cut > 0) {
        found.add(name);
        found.add(cut);
      }
    }
    return found;
  }

  /**
   * The length of the first of two adjacent words of {@code name} that join into {@code joined}.
   */
  private static int cutOf(IndexData data, int name, String joined) {
    int[] ids = data.nameTokens[name];
    for (int j = 0; j + 1 < ids.length; j++) {
      String left = data.tokens[ids[j]];
      String right = data.tokens[ids[j + 1]];
      if (left.length() >= MIN_SPLIT
          && right.length() >= MIN_SPLIT
          && left.length() + right.length() == joined.length()
          && joined.startsWith(left)
          && joined.endsWith(right)) {
        return left.length();
      }
    }
    return 0;
  }

  /** Bit {@code p} of {@link #tokenLegalStems} for {@code token}. */
  static long legalStems(String token) {
    long stems = 0;
    for (int p = 3; p <= token.length() - 2 && p < 64; p++) {
      if (LegalForms.isWrittenForm(token.substring(p))) {
        stems |= 1L << p;
      }
    }
    return stems;
  }

  private static final int[] NONE = new int[0];
}
