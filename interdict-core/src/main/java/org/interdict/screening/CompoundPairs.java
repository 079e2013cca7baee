package org.interdict.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interdict.text.VariantKey;

/**
 * Pairs that join several tokens of one name with one or more of the other (entity-v2, issue 11,
 * ADR 016), found among the tokens the one-to-one alignment left over, for every party type:
 *
 * <pre>
 *   joined-tokens  consecutive tokens whose concatenation is the other side's token or its spelling
 *                  variant ({@code Good Will} / {@code Goodwill}, {@code Patr ushev} / {@code Patrushev},
 *                  {@code JanDaniel} / {@code Jan Daniel}); also a token that is the other's token
 *                  with a legal form written onto it ({@code SiemensAG} / {@code Siemens AG}),
 *                  similarity {@value #JOINED}
 *   acronym        a query token that spells the initials of consecutive listed tokens
 *                  ({@code PLA} / {@code People's Liberation Army}), similarity {@value #ACRONYM}; three
 *                  to six letters, or two in capitals in a mixed-case query; for a
 *                  person only a query token written in capitals in a query that is not, against
 *                  the first given names ({@code JC Juncker} / {@code Jean-Claude Juncker})
 *   number-words   runs writing the same number in digits and words ({@code Forty-Four} / {@code 44},
 *                  {@code Three} / {@code 3}; see {@link NumberTokens}), similarity {@value #NUMBER}
 * </pre>
 *
 * A group of m query tokens and n list tokens enters the alignment as m * n pairs whose weights are
 * shared (each query token counts 1/n of its weight per pair, each list token 1/m), so every token
 * weighs once as in a one-to-one pair. The part of each kind is the number of groups found.
 * Stateless.
 */
final class CompoundPairs {
  static final double JOINED = 0.95;
  static final double ACRONYM = 0.9;
  static final double NUMBER = 0.95;

  static final List<String> PART_IDS = List.of("joined-tokens", "acronym", "number-words");

  /** Method ids of the pairs, as explanations show them. */
  static final String[] METHODS = {"joined", "acronym", "number"};

  private static final int MAX_RUN = OrganizationQuery.MAX_RUN;
  private static final int MAX_ACRONYM = 6;

  /** Words acronyms often skip ({@code Bank of America} is {@code BOA} or {@code BA}). */
  static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "de", "du", "des", "la");

  private CompoundPairs() {}

  /**
   * The pairs found: parallel arrays of query position, list position, similarity, query share,
   * list share and kind (index into {@link #PART_IDS}); {@code counts} per kind.
   */
  static final class Found {
    final IntList queryPositions = new IntList(4);
    final IntList namePositions = new IntList(4);
    final java.util.ArrayList<double[]> values = new java.util.ArrayList<>(4);
    final int[] counts = new int[PART_IDS.size()];

    /** Indexes of one-to-one pairs raised to {@link #JOINED} (a legal form written onto a word). */
    final IntList upgraded = new IntList(1);

    int size() {
      return queryPositions.size();
    }

    /** Whether nothing was found: no group and no pair raised. */
    boolean isEmpty() {
      return queryPositions.size() == 0 && upgraded.size() == 0;
    }

    private void group(int qFrom, int qTo, int nFrom, int nTo, int kind, double sim) {
      int m = qTo - qFrom;
      int n = nTo - nFrom;
      for (int q = qFrom; q < qTo; q++) {
        for (int j = nFrom; j < nTo; j++) {
          queryPositions.add(q);
          namePositions.add(j);
          values.add(new double[] {sim, 1.0 / n, 1.0 / m, kind});
        }
      }
      counts[kind]++;
    }
  }

  /** What {@link #find} returns when it finds nothing (most candidates); never written to. */
  static final Found NONE = new Found();

  /**
   * Looks for groups among the tokens {@code usedQ}/{@code usedN} leave free, marks the tokens it
   * pairs as used and returns what it found ({@link #NONE} when nothing). {@code person} says the
   * listed party is a person or of unknown type. What it reads of the query and of the name was
   * worked out once ({@link OrganizationQuery}, {@link OrganizationIndex}), so a candidate costs no
   * allocation unless a group is found.
   */
  static Found find(
      IndexData data,
      PreparedQuery query,
      int name,
      boolean[] usedQ,
      boolean[] usedN,
      boolean person,
      int[] qs,
      int[] ns,
      double[] sims,
      int pairs) {
    OrganizationQuery organization = query.organization(data);
    OrganizationIndex index = data.organizations();
    int[] nameTokens = data.nameTokens[name];
    String[] queryTokens = query.tokens;
    boolean nameHasForm = data.nameLegalMask[name] != 0;
    boolean queryHasForm = query.legalMask != 0;
    Found found = NONE;
    // a one-to-one pair the edit distance made of SiemensAG / Siemens (AG) is a joined legal form
    for (int i = 0; i < pairs; i++) {
      int listToken = nameTokens[ns[i]];
      if (sims[i] < JOINED
          && ((nameHasForm
                  && legalSuffix(
                      organization.legalStems(qs[i]), queryTokens[qs[i]], data.tokens[listToken]))
              || (queryHasForm
                  && legalSuffix(
                      index.tokenLegalStems[listToken],
                      data.tokens[listToken],
                      queryTokens[qs[i]])))) {
        sims[i] = JOINED;
        found = found == NONE ? new Found() : found;
        found.upgraded.add(i);
        found.counts[0]++;
      }
    }
    if (pairs == usedQ.length || pairs == usedN.length) {
      return found; // every group needs a free token on both sides
    }
    if (organization.numeric && anyNumeric(index, nameTokens, usedN)) {
      found = numbers(data, nameTokens, queryTokens, usedQ, usedN, !person, found);
    }
    found = joins(data, organization, nameTokens, queryTokens, query.keys, usedQ, usedN, found);
    if (nameHasForm) {
      found = queryLegalSuffixes(data, organization, nameTokens, queryTokens, usedQ, usedN, found);
    }
    if (queryHasForm) {
      found = listLegalSuffixes(data, index, nameTokens, queryTokens, usedQ, usedN, found);
    }
    if (person) {
      if (organization.personInitials && !usedQ[0]) {
        found = personInitials(data, nameTokens, queryTokens, usedQ, usedN, found);
      }
    } else {
      // the query's token spelling listed words only: the other way round, a listed acronym (SCF,
      // KBP, RIF) is spelled by too many three-word company names (the development set's tuning
      // part)
      found = acronyms(data, organization, nameTokens, queryTokens, usedQ, usedN, found);
    }
    return found;
  }

  private static boolean anyNumeric(OrganizationIndex index, int[] nameTokens, boolean[] usedN) {
    for (int j = 0; j < nameTokens.length; j++) {
      if (!usedN[j] && index.tokenNumeric[nameTokens[j]]) {
        return true;
      }
    }
    return false;
  }

  private static Found numbers(
      IndexData data,
      int[] nameTokens,
      String[] queryTokens,
      boolean[] usedQ,
      boolean[] usedN,
      boolean roman,
      Found found) {
    List<NumberTokens.Run> queryRuns = NumberTokens.runs(queryTokens, usedQ, roman);
    if (queryRuns.isEmpty()) {
      return found;
    }
    String[] listTokens = new String[nameTokens.length];
    for (int j = 0; j < nameTokens.length; j++) {
      listTokens[j] = data.tokens[nameTokens[j]];
    }
    List<NumberTokens.Run> listRuns = NumberTokens.runs(listTokens, usedN, roman);
    for (NumberTokens.Run q : queryRuns) {
      for (NumberTokens.Run n : listRuns) {
        if (q.value() == n.value() && !usedN[n.from()]) {
          mark(usedQ, q.from(), q.to());
          mark(usedN, n.from(), n.to());
          found = found == NONE ? new Found() : found;
          found.group(q.from(), q.to(), n.from(), n.to(), 2, NUMBER);
          break;
        }
      }
    }
    return found;
  }

  /** Runs of free query tokens joined into a free list token, then the other way round. */
  private static Found joins(
      IndexData data,
      OrganizationQuery organization,
      int[] nameTokens,
      String[] queryTokens,
      String[] queryKeys,
      boolean[] usedQ,
      boolean[] usedN,
      Found found) {
    for (int j = 0; j < nameTokens.length; j++) {
      if (usedN[j]) {
        continue;
      }
      int[] run = joinedQueryRun(organization, queryTokens, usedQ, data, nameTokens[j]);
      if (run != null) {
        mark(usedQ, run[0], run[1]);
        usedN[j] = true;
        found = found == NONE ? new Found() : found;
        found.group(run[0], run[1], j, j + 1, 0, JOINED);
      }
    }
    for (int q = 0; q < queryTokens.length; q++) {
      if (usedQ[q]) {
        continue;
      }
      int[] run =
          joinedListRun(
              data, nameTokens, usedN, queryTokens[q], queryKeys[q], organization.keyLetters[q]);
      if (run != null) {
        mark(usedN, run[0], run[1]);
        usedQ[q] = true;
        found = found == NONE ? new Found() : found;
        found.group(q, q + 1, run[0], run[1], 0, JOINED);
      }
    }
    return found;
  }

  /**
   * The run {@code [from, to)} of two or more free query tokens that joins into the list token
   * {@code target} or its spelling variant; null when none.
   */
  private static int[] joinedQueryRun(
      OrganizationQuery organization,
      String[] queryTokens,
      boolean[] usedQ,
      IndexData data,
      int target) {
    String text = data.tokens[target];
    if (text.length() < 4) {
      return null;
    }
    for (int from = 0; from < queryTokens.length; from++) {
      if (usedQ[from] || queryTokens[from].charAt(0) != text.charAt(0)) {
        continue;
      }
      int length = queryTokens[from].length();
      for (int to = from + 1; to < queryTokens.length && to - from < MAX_RUN && !usedQ[to]; to++) {
        length += queryTokens[to].length();
        if (length > text.length() + 2) {
          break;
        }
        if (length < text.length() - 2) {
          continue;
        }
        if ((length == text.length() && organization.runText(from, to + 1).equals(text))
            || (KeyLetters.mayHaveKey(
                    organization.runLetters(from, to + 1),
                    data.organizations().tokenKeyLetters[target])
                && organization.runKey(from, to + 1).equals(data.keys[target]))) {
          return new int[] {from, to + 1};
        }
      }
    }
    return null;
  }

  /**
   * The run {@code [from, to)} of two or more free list tokens that joins into the query token
   * {@code target} (variant key {@code targetKey}) or its spelling variant; null when none.
   */
  private static int[] joinedListRun(
      IndexData data,
      int[] nameTokens,
      boolean[] usedN,
      String target,
      String targetKey,
      long targetKeyLetters) {
    if (target.length() < 4) {
      return null;
    }
    for (int from = 0; from < nameTokens.length; from++) {
      String first = data.tokens[nameTokens[from]];
      if (usedN[from] || first.charAt(0) != target.charAt(0)) {
        continue;
      }
      int length = first.length();
      for (int to = from + 1; to < nameTokens.length && to - from < MAX_RUN && !usedN[to]; to++) {
        length += data.tokens[nameTokens[to]].length();
        if (length > target.length() + 2) {
          break;
        }
        if (length < target.length() - 2) {
          continue;
        }
        if ((length == target.length() && spells(data, nameTokens, from, to + 1, target))
            || (KeyLetters.mayHaveKey(letters(data, nameTokens, from, to + 1), targetKeyLetters)
                && VariantKey.of(joined(data, nameTokens, from, to + 1)).equals(targetKey))) {
          return new int[] {from, to + 1};
        }
      }
    }
    return null;
  }

  /** Whether list tokens {@code [from, to)} run together are {@code target} (lengths agree). */
  private static boolean spells(IndexData data, int[] nameTokens, int from, int to, String target) {
    int at = 0;
    for (int j = from; j < to; j++) {
      String token = data.tokens[nameTokens[j]];
      if (!target.startsWith(token, at)) {
        return false;
      }
      at += token.length();
    }
    return true;
  }

  private static long letters(IndexData data, int[] nameTokens, int from, int to) {
    long mask = 0;
    long[] tokenLetters = data.organizations().tokenLetters;
    for (int j = from; j < to; j++) {
      mask |= tokenLetters[nameTokens[j]];
    }
    return mask;
  }

  private static String joined(IndexData data, int[] nameTokens, int from, int to) {
    StringBuilder joined = new StringBuilder();
    for (int j = from; j < to; j++) {
      joined.append(data.tokens[nameTokens[j]]);
    }
    return joined.toString();
  }

  /**
   * A free query token that is a free list token with a legal form written onto it, when the name
   * carries a legal form.
   */
  private static Found queryLegalSuffixes(
      IndexData data,
      OrganizationQuery organization,
      int[] nameTokens,
      String[] queryTokens,
      boolean[] usedQ,
      boolean[] usedN,
      Found found) {
    for (int q = 0; q < queryTokens.length; q++) {
      if (usedQ[q] || organization.legalStems(q) == 0) {
        continue;
      }
      for (int j = 0; j < nameTokens.length; j++) {
        if (!usedN[j]
            && legalSuffix(
                organization.legalStems(q), queryTokens[q], data.tokens[nameTokens[j]])) {
          usedQ[q] = true;
          usedN[j] = true;
          found = found == NONE ? new Found() : found;
          found.group(q, q + 1, j, j + 1, 0, JOINED);
          break;
        }
      }
    }
    return found;
  }

  /**
   * A free list token that is a free query token with a legal form written onto it, when the query
   * carries a legal form.
   */
  private static Found listLegalSuffixes(
      IndexData data,
      OrganizationIndex index,
      int[] nameTokens,
      String[] queryTokens,
      boolean[] usedQ,
      boolean[] usedN,
      Found found) {
    for (int j = 0; j < nameTokens.length; j++) {
      long stems = index.tokenLegalStems[nameTokens[j]];
      if (usedN[j] || stems == 0) {
        continue;
      }
      for (int q = 0; q < queryTokens.length; q++) {
        if (!usedQ[q] && legalSuffix(stems, data.tokens[nameTokens[j]], queryTokens[q])) {
          usedN[j] = true;
          usedQ[q] = true;
          found = found == NONE ? new Found() : found;
          found.group(q, q + 1, j, j + 1, 0, JOINED);
          break;
        }
      }
    }
    return found;
  }

  /**
   * Whether {@code token}, whose {@link OrganizationIndex#tokenLegalStems} are {@code stems}, is
   * {@code other} with a legal form written onto it.
   */
  static boolean legalSuffix(long stems, String token, String other) {
    return other.length() < 64 && ((stems >>> other.length()) & 1) != 0 && token.startsWith(other);
  }

  /** Whether {@code token} is {@code other} with a legal form written onto it. */
  static boolean legalSuffix(String token, String other, boolean otherHasForm) {
    return otherHasForm && legalSuffix(OrganizationIndex.legalStems(token), token, other);
  }

  /**
   * A free query token (2 to 6 letters, {@link OrganizationQuery#acronym}) spelling the initials of
   * free consecutive list tokens (skipping {@link #SKIPPED} words inside the run).
   */
  private static Found acronyms(
      IndexData data,
      OrganizationQuery organization,
      int[] nameTokens,
      String[] queryTokens,
      boolean[] usedQ,
      boolean[] usedN,
      Found found) {
    for (int q = 0; q < queryTokens.length; q++) {
      if (usedQ[q] || !organization.acronym[q]) {
        continue;
      }
      int[] run = initialsRun(data, nameTokens, usedN, queryTokens[q], 0, nameTokens.length);
      if (run != null) {
        usedQ[q] = true;
        mark(usedN, run[0], run[1]);
        found = found == NONE ? new Found() : found;
        found.group(q, q + 1, run[0], run[1], 1, ACRONYM);
      }
    }
    return found;
  }

  /**
   * A person: the query's first token, written in capitals in a query that has lower-case letters,
   * as the initials of the listed name's first tokens ({@code JC} / {@code Jean Claude}).
   */
  private static Found personInitials(
      IndexData data,
      int[] nameTokens,
      String[] queryTokens,
      boolean[] usedQ,
      boolean[] usedN,
      Found found) {
    int[] run = initialsRun(data, nameTokens, usedN, queryTokens[0], 0, 1);
    if (run != null) {
      usedQ[0] = true;
      mark(usedN, run[0], run[1]);
      found = found == NONE ? new Found() : found;
      found.group(0, 1, run[0], run[1], 1, ACRONYM);
    }
    return found;
  }

  static boolean acronymShaped(String token) {
    if (token.length() < 2 || token.length() > MAX_ACRONYM || SKIPPED.contains(token)) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLetter(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code token} appears upper-cased in {@code original} and the original has lower case.
   */
  static boolean writtenInCapitals(String original, String token) {
    return !original.equals(original.toUpperCase(Locale.ROOT))
        && original.replace(".", "").contains(token.toUpperCase(Locale.ROOT));
  }

  /**
   * The run of free list tokens starting at a position in {@code [startFrom, startTo)} whose
   * initials spell {@code acronym}, words of {@link #SKIPPED} inside it passed over; null when
   * none.
   */
  static int[] initialsRun(
      IndexData data,
      int[] nameTokens,
      boolean[] used,
      String acronym,
      int startFrom,
      int startTo) {
    for (int from = startFrom; from < Math.min(startTo, nameTokens.length); from++) {
      int k = 0;
      int to = from;
      while (to < nameTokens.length && k < acronym.length() && !used[to]) {
        String token = data.tokens[nameTokens[to]];
        if (token.length() < 2) {
          break;
        }
        if (token.charAt(0) == acronym.charAt(k)) {
          k++;
        } else if (!(to > from && SKIPPED.contains(token))) {
          break;
        }
        to++;
      }
      if (k == acronym.length() && to - from >= 2) {
        return new int[] {from, to};
      }
    }
    return null;
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int i = from; i < to; i++) {
      used[i] = true;
    }
  }
}
