package org.interdict.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interdict.text.LegalForms;
import org.interdict.text.VariantKey;

/**
 * Pairs that join several tokens of one name with one or more of the other (entity-v1, issue 11,
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

  private static final int MAX_RUN = 4;
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

  /**
   * Looks for groups among the tokens {@code usedQ}/{@code usedN} leave free, marks the tokens it
   * pairs as used and returns what it found. {@code person} says the listed party is a person or of
   * unknown type.
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
    Found found = new Found();
    int[] nameTokens = data.nameTokens[name];
    String[] listTokens = new String[nameTokens.length];
    for (int j = 0; j < nameTokens.length; j++) {
      listTokens[j] = data.tokens[nameTokens[j]];
    }
    String[] queryTokens = query.tokens;
    // a one-to-one pair the edit distance made of SiemensAG / Siemens (AG) is a joined legal form
    for (int i = 0; i < pairs; i++) {
      if (sims[i] < JOINED
          && (legalSuffix(queryTokens[qs[i]], listTokens[ns[i]], data.nameLegalMask[name] != 0)
              || legalSuffix(listTokens[ns[i]], queryTokens[qs[i]], query.legalMask != 0))) {
        sims[i] = JOINED;
        found.upgraded.add(i);
        found.counts[0]++;
      }
    }
    numbers(queryTokens, listTokens, usedQ, usedN, !person, found);
    joins(queryTokens, listTokens, usedQ, usedN, found);
    legalSuffixes(
        queryTokens, listTokens, usedQ, usedN, data.nameLegalMask[name] != 0, true, found);
    legalSuffixes(listTokens, queryTokens, usedN, usedQ, query.legalMask != 0, false, found);
    if (person) {
      personInitials(query, queryTokens, listTokens, usedQ, usedN, found);
    } else {
      // the query's token spelling listed words only: the other way round, a listed acronym (SCF,
      // KBP, RIF) is spelled by too many three-word company names (the development set's tuning
      // part)
      acronyms(query, queryTokens, listTokens, usedQ, usedN, true, found);
    }
    return found;
  }

  private static void numbers(
      String[] queryTokens,
      String[] listTokens,
      boolean[] usedQ,
      boolean[] usedN,
      boolean roman,
      Found found) {
    List<NumberTokens.Run> queryRuns = NumberTokens.runs(queryTokens, usedQ, roman);
    if (queryRuns.isEmpty()) {
      return;
    }
    List<NumberTokens.Run> listRuns = NumberTokens.runs(listTokens, usedN, roman);
    for (NumberTokens.Run q : queryRuns) {
      for (NumberTokens.Run n : listRuns) {
        if (q.value() == n.value() && !usedN[n.from()]) {
          mark(usedQ, q.from(), q.to());
          mark(usedN, n.from(), n.to());
          found.group(q.from(), q.to(), n.from(), n.to(), 2, NUMBER);
          break;
        }
      }
    }
  }

  /** Runs of free query tokens joined into a free list token, then the other way round. */
  private static void joins(
      String[] queryTokens, String[] listTokens, boolean[] usedQ, boolean[] usedN, Found found) {
    for (int j = 0; j < listTokens.length; j++) {
      if (usedN[j]) {
        continue;
      }
      int[] run = joinedRun(queryTokens, usedQ, listTokens[j]);
      if (run != null) {
        mark(usedQ, run[0], run[1]);
        usedN[j] = true;
        found.group(run[0], run[1], j, j + 1, 0, JOINED);
      }
    }
    for (int q = 0; q < queryTokens.length; q++) {
      if (usedQ[q]) {
        continue;
      }
      int[] run = joinedRun(listTokens, usedN, queryTokens[q]);
      if (run != null) {
        mark(usedN, run[0], run[1]);
        usedQ[q] = true;
        found.group(q, q + 1, run[0], run[1], 0, JOINED);
      }
    }
  }

  /** The run {@code [from, to)} of two or more free tokens that joins into {@code target}. */
  static int[] joinedRun(String[] tokens, boolean[] used, String target) {
    if (target.length() < 4) {
      return null;
    }
    String targetKey = null;
    for (int from = 0; from < tokens.length; from++) {
      if (used[from] || tokens[from].charAt(0) != target.charAt(0)) {
        continue;
      }
      if (targetKey == null) {
        targetKey = VariantKey.of(target);
      }
      StringBuilder joined = new StringBuilder(tokens[from]);
      for (int to = from + 1; to < tokens.length && to - from < MAX_RUN && !used[to]; to++) {
        joined.append(tokens[to]);
        if (joined.length() > target.length() + 2) {
          break;
        }
        if (joined.length() < target.length() - 2) {
          continue;
        }
        String text = joined.toString();
        if (text.equals(target) || VariantKey.of(text).equals(targetKey)) {
          return new int[] {from, to + 1};
        }
      }
    }
    return null;
  }

  /**
   * A free token of {@code tokens} that is a free token of {@code others} with a legal form written
   * onto it, when the other name carries a legal form.
   */
  private static void legalSuffixes(
      String[] tokens,
      String[] others,
      boolean[] used,
      boolean[] otherUsed,
      boolean otherHasForm,
      boolean tokensAreQuery,
      Found found) {
    if (!otherHasForm) {
      return;
    }
    for (int a = 0; a < tokens.length; a++) {
      if (used[a]) {
        continue;
      }
      for (int b = 0; b < others.length; b++) {
        String token = tokens[a];
        String other = others[b];
        if (!otherUsed[b] && legalSuffix(token, other, true)) {
          used[a] = true;
          otherUsed[b] = true;
          if (tokensAreQuery) {
            found.group(a, a + 1, b, b + 1, 0, JOINED);
          } else {
            found.group(b, b + 1, a, a + 1, 0, JOINED);
          }
          break;
        }
      }
    }
  }

  /** Whether {@code token} is {@code other} with a legal form written onto it. */
  static boolean legalSuffix(String token, String other, boolean otherHasForm) {
    return otherHasForm
        && other.length() >= 3
        && token.length() > other.length() + 1
        && token.startsWith(other)
        && LegalForms.isWrittenForm(token.substring(other.length()));
  }

  /**
   * A free token of {@code tokens} (2 to 6 letters) spelling the initials of free consecutive
   * tokens of {@code others} (skipping {@link #SKIPPED} words inside the run).
   */
  private static void acronyms(
      PreparedQuery query,
      String[] tokens,
      String[] others,
      boolean[] used,
      boolean[] otherUsed,
      boolean tokensAreQuery,
      Found found) {
    for (int a = 0; a < tokens.length; a++) {
      if (used[a] || !acronymShaped(tokens[a])) {
        continue;
      }
      if (tokens[a].length() < 3
          && !(tokensAreQuery && writtenInCapitals(query.normalized.original(), tokens[a]))) {
        continue; // two letters are an acronym only when the query writes them so
      }
      int[] run = initialsRun(others, otherUsed, tokens[a], 0, others.length);
      if (run == null) {
        continue;
      }
      used[a] = true;
      mark(otherUsed, run[0], run[1]);
      if (tokensAreQuery) {
        found.group(a, a + 1, run[0], run[1], 1, ACRONYM);
      } else {
        found.group(run[0], run[1], a, a + 1, 1, ACRONYM);
      }
    }
  }

  /**
   * A person: the query's first token, written in capitals in a query that has lower-case letters,
   * as the initials of the listed name's first tokens ({@code JC} / {@code Jean Claude}).
   */
  private static void personInitials(
      PreparedQuery query,
      String[] queryTokens,
      String[] listTokens,
      boolean[] usedQ,
      boolean[] usedN,
      Found found) {
    if (queryTokens.length < 2 || usedQ[0] || !acronymShaped(queryTokens[0])) {
      return;
    }
    if (queryTokens[0].length() > 3
        || !writtenInCapitals(query.normalized.original(), queryTokens[0])) {
      return;
    }
    int[] run = initialsRun(listTokens, usedN, queryTokens[0], 0, 1);
    if (run != null) {
      usedQ[0] = true;
      mark(usedN, run[0], run[1]);
      found.group(0, 1, run[0], run[1], 1, ACRONYM);
    }
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
   * The run of free tokens starting at a position in {@code [startFrom, startTo)} whose initials
   * spell {@code acronym}, words of {@link #SKIPPED} inside it passed over; null when none.
   */
  static int[] initialsRun(
      String[] tokens, boolean[] used, String acronym, int startFrom, int startTo) {
    for (int from = startFrom; from < Math.min(startTo, tokens.length); from++) {
      int k = 0;
      int to = from;
      while (to < tokens.length && k < acronym.length() && !used[to]) {
        String token = tokens[to];
        if (token.length() < 2) {
          break;
        }
        if (token.charAt(0) == acronym.charAt(k)) {
          k++;
        } else if (!(SKIPPED.contains(token) && to > from)) {
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
