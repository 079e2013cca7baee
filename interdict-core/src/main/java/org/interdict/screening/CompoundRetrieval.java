package org.interdict.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interdict.text.NormalizedName;

/**
 * Retrieval for the pairs {@link CompoundPairs} scores (entity-v2): a name that agrees with the
 * query only through joined tokens, an acronym or a number written in words shares no similar token
 * with it, so trigram retrieval never votes for it. This class rewrites the query where a rewrite
 * can meet a listed name: consecutive tokens joined where the joined token is in the vocabulary
 * ({@code good will} to {@code goodwill}), a token split in two where a name holds the two halves
 * side by side ({@code goodwill} to {@code good will}), number runs in digits and in words ({@code
 * forty four} to {@code 44} and back); and adds the organizations whose whole name has a query
 * token as its initials ({@code pla} for {@code People's Liberation Army}). Each rewrite is tried
 * only on the names that hold what it wrote ({@link Rewrite#names}), through the same {@link
 * RetrievalGate} with the rewritten query's votes, so most queries cost a few hash lookups and no
 * retrieval. Thread-safe.
 */
final class CompoundRetrieval {
  private static final int MAX_VARIANTS = 8;
  private static final int MAX_JOIN = 3;

  private CompoundRetrieval() {}

  /**
   * A rewritten form of the query, the tokens the rewrite wrote, and the names holding them as a
   * compound pair needs them (the joined token; the two halves side by side; the number).
   */
  record Rewrite(int from, int to, List<String> tokens, List<String> written, int[] names) {}

  /**
   * {@code found} widened by the names its rewrites reach that pass the retrieval gate under the
   * rewritten query, and by the organizations with a query token as initials.
   */
  static int[] widen(
      IndexData data, PreparedQuery query, ScreeningFilter filter, double floor, int[] found) {
    List<Rewrite> rewrites = rewrites(data, query.tokens);
    OrganizationQuery organization = query.organization(data);
    IntList acronymNames = new IntList(1);
    for (int q = 0; q < query.tokens.length; q++) {
      if (organization.acronym[q]) {
        for (int name : data.organizations().withInitials(query.tokens[q])) {
          acronymNames.add(name);
        }
      }
    }
    if (rewrites.isEmpty() && acronymNames.size() == 0) {
      return found;
    }
    IntList all = new IntList(found.length + 16);
    Set<Integer> seen = new HashSet<>();
    for (int name : found) {
      all.add(name);
      seen.add(name);
    }
    for (Rewrite rewrite : rewrites) {
      IntList reached = new IntList(rewrite.names().length);
      for (int name : rewrite.names()) {
        if (!seen.contains(name) && accepts(data, filter, name)) {
          reached.add(name);
        }
      }
      if (reached.size() == 0) {
        continue;
      }
      PreparedQuery prepared = rewritten(data, query, rewrite);
      for (int name : admitted(data, prepared, reached, floor)) {
        if (seen.add(name)) {
          all.add(name);
        }
      }
    }
    for (int i = 0; i < acronymNames.size(); i++) {
      int name = acronymNames.get(i);
      if (accepts(data, filter, name) && seen.add(name)) {
        all.add(name);
      }
    }
    return all.toArray();
  }

  /**
   * The query as {@code rewrite} writes it, prepared without a similar-token search: the words it
   * kept keep their similar tokens, and each word it wrote, a vocabulary token the reached names
   * hold, is similar to itself only.
   */
  private static PreparedQuery rewritten(IndexData data, PreparedQuery query, Rewrite rewrite) {
    int n = rewrite.tokens().size();
    int wrote = rewrite.written().size();
    String[] tokens = rewrite.tokens().toArray(new String[0]);
    String[] keys = new String[n];
    float[] weights = new float[n];
    int[][] ids = new int[n][];
    float[][] values = new float[n][];
    for (int p = 0; p < n; p++) {
      int kept = p < rewrite.from() ? p : p - wrote + rewrite.to() - rewrite.from();
      if (p < rewrite.from() || p >= rewrite.from() + wrote) {
        keys[p] = query.keys[kept];
        weights[p] = query.weights[kept];
        ids[p] = query.similarIds[kept];
        values[p] = query.similarValues[kept];
        continue;
      }
      Integer id = data.tokenIds.get(tokens[p]);
      keys[p] = id == null ? org.interdict.text.VariantKey.of(tokens[p]) : data.keys[id];
      int df = id == null ? 0 : data.postings[id].length;
      weights[p] = IndexData.weight(tokens[p].length(), df, data.nameCount());
      ids[p] = id == null ? new int[0] : new int[] {id};
      values[p] = id == null ? new float[0] : new float[] {1f};
    }
    NormalizedName normalized = query.normalized;
    return new PreparedQuery(
        new NormalizedName(
            normalized.original(),
            rewrite.tokens(),
            normalized.legalForms(),
            normalized.steps(),
            normalized.truncated()),
        tokens,
        keys,
        weights,
        ids,
        values,
        query.legalMask);
  }

  private static boolean accepts(IndexData data, ScreeningFilter filter, int name) {
    return filter.acceptsAll() || filter.accepts(data.parties[data.nameParty[name]]);
  }

  /**
   * The names among {@code reached} that {@link CandidateFinder#candidates} would let through its
   * gate for {@code query}, best-voted first, at most {@link CandidateFinder#MAX_CANDIDATES}: their
   * votes counted name by name, as retrieval counts them (each query token's best similar token,
   * nickname votes for people's names, initials).
   */
  private static int[] admitted(
      IndexData data, PreparedQuery query, IntList reached, double minScore) {
    int[][] nicknameTokens = new int[query.tokens.length][];
    for (int q = 0; q < query.tokens.length; q++) {
      if (query.nicknames[q] != null) {
        nicknameTokens[q] = data.nicknameTokens(query.nicknames[q]);
      }
    }
    long[] packed = new long[reached.size()];
    int count = 0;
    for (int i = 0; i < reached.size(); i++) {
      int name = reached.get(i);
      float vote = votes(data, query, nicknameTokens, name);
      double listWeight = AlignmentScorer.LIST_WEIGHT * data.nameWeight[name];
      boolean initials = query.hasInitial || data.nameHasInitial[name];
      if (RetrievalGate.admits(vote, query.totalWeight, listWeight, initials, minScore)) {
        packed[count++] = ((long) Float.floatToIntBits(vote) << 32) | name;
      }
    }
    Arrays.sort(packed, 0, count);
    int take = Math.min(count, CandidateFinder.MAX_CANDIDATES);
    int[] result = new int[take];
    for (int i = 0; i < take; i++) {
      result[i] = (int) packed[count - 1 - i];
    }
    return result;
  }

  private static float votes(
      IndexData data, PreparedQuery query, int[][] nicknameTokens, int name) {
    int[] nameTokens = data.nameTokens[name];
    float votes = 0f;
    for (int q = 0; q < query.tokens.length; q++) {
      float best = 0f;
      for (int token : nameTokens) {
        best = Math.max(best, (float) query.similarity(q, token));
      }
      if (best < TokenSimilarity.NICKNAME
          && nicknameTokens[q] != null
          && data.nameInitialsAllowed[name]
          && holdsAny(nameTokens, nicknameTokens[q])) {
        best = (float) TokenSimilarity.NICKNAME;
      }
      votes += query.weights[q] * best;
    }
    return query.hasInitial ? votes + CandidateFinder.initialVotes(data, query, name) : votes;
  }

  private static boolean holdsAny(int[] nameTokens, int[] tokens) {
    for (int token : nameTokens) {
      for (int other : tokens) {
        if (token == other) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@link #widen} could add, for this query, a name holding one of {@code seedTokens} or
   * an organization whose initials are among {@code seedInitials}: when not, entity-v2 retrieves
   * for it among those names what the trigram retrieval does (for a delta re-screen). Every name a
   * rewrite reaches holds a token it wrote, so looking at the written tokens is enough.
   */
  static boolean mayReach(
      IndexData data,
      List<String> tokens,
      String original,
      Set<String> seedTokens,
      Set<String> seedInitials) {
    String[] array = tokens.toArray(new String[0]);
    for (Rewrite rewrite : rewrites(data, array)) {
      for (String written : rewrite.written()) {
        if (seedTokens.contains(written)) {
          return true;
        }
      }
    }
    for (String token : array) {
      if (acronymCandidate(token, original) && seedInitials.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rewrites of {@code tokens} that reach a name of the index, at most {@value #MAX_VARIANTS},
   * in a fixed order (so retrieval and {@link #mayReach} see the same ones).
   */
  static List<Rewrite> rewrites(IndexData data, String[] tokens) {
    List<Rewrite> rewrites = new ArrayList<>(0);
    OrganizationIndex organizations = data.organizations();
    for (int from = 0; from < tokens.length; from++) {
      // joins
      int hash = tokens[from].hashCode();
      for (int to = from + 1; to < tokens.length && to - from < MAX_JOIN; to++) {
        hash = HashFilter.joinedHash(hash, tokens[to]);
        Integer id =
            organizations.vocabulary.mightContain(hash)
                ? data.tokenIds.get(String.join("", Arrays.asList(tokens).subList(from, to + 1)))
                : null;
        if (id != null) {
          add(rewrites, tokens, from, to + 1, List.of(data.tokens[id]), data.postings[id]);
        }
      }
      // splits, where a name holds the two halves side by side
      IntList splits = organizations.splitsOf(data, tokens[from]);
      for (int i = 0; i < splits.size(); i += 2) {
        int cut = splits.get(i + 1);
        if (cutSeen(splits, i, cut)) {
          continue;
        }
        IntList names = new IntList(1);
        for (int k = i; k < splits.size(); k += 2) {
          if (splits.get(k + 1) == cut) {
            names.add(splits.get(k));
          }
        }
        String token = tokens[from];
        List<String> halves = List.of(token.substring(0, cut), token.substring(cut));
        add(rewrites, tokens, from, from + 1, halves, names.toArray());
      }
    }
    if (anyNumeric(tokens)) {
      numbers(data, tokens, rewrites);
    }
    return rewrites;
  }

  private static boolean cutSeen(IntList splits, int before, int cut) {
    for (int k = 1; k < before; k += 2) {
      if (splits.get(k) == cut) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyNumeric(String[] tokens) {
    for (String token : tokens) {
      if (NumberTokens.mayWriteNumber(token)) {
        return true;
      }
    }
    return false;
  }

  /** Number runs rewritten in digits or in words, to the names writing the same number. */
  private static void numbers(IndexData data, String[] tokens, List<Rewrite> rewrites) {
    for (NumberTokens.Run run : NumberTokens.runs(tokens, null, false)) {
      String digits = Long.toString(run.value());
      List<String> written =
          run.to() - run.from() > 1 || !digits.equals(tokens[run.from()])
              ? List.of(digits)
              : NumberTokens.words(run.value());
      Set<Integer> holders = new java.util.TreeSet<>();
      for (String word : written) {
        Integer id = data.tokenIds.get(word);
        if (id != null) {
          for (int name : data.postings[id]) {
            holders.add(name);
          }
        }
      }
      IntList names = new IntList(holders.size());
      for (int name : holders) {
        if (writes(data, name, run.value())) {
          names.add(name);
        }
      }
      if (names.size() > 0) {
        add(rewrites, tokens, run.from(), run.to(), written, names.toArray());
      }
    }
  }

  /** Whether a run of the name's tokens writes {@code value}. */
  private static boolean writes(IndexData data, int name, long value) {
    int[] ids = data.nameTokens[name];
    String[] tokens = new String[ids.length];
    for (int j = 0; j < ids.length; j++) {
      tokens[j] = data.tokens[ids[j]];
    }
    for (NumberTokens.Run run : NumberTokens.runs(tokens, null, false)) {
      if (run.value() == value) {
        return true;
      }
    }
    return false;
  }

  private static void add(
      List<Rewrite> rewrites, String[] tokens, int from, int to, List<String> with, int[] names) {
    if (rewrites.size() >= MAX_VARIANTS) {
      return;
    }
    List<String> result = new ArrayList<>(tokens.length + with.size());
    result.addAll(Arrays.asList(tokens).subList(0, from));
    result.addAll(with);
    result.addAll(Arrays.asList(tokens).subList(to, tokens.length));
    rewrites.add(new Rewrite(from, to, result, with, names));
  }

  private static boolean acronymCandidate(String token, String original) {
    return CompoundPairs.acronymShaped(token)
        && (token.length() >= 3 || CompoundPairs.writtenInCapitals(original, token));
  }

  /**
   * The initials under which the organization {@code name} is found by its acronym ({@link
   * #initialsOf(String[])}); none for other names.
   */
  static List<String> initialsOf(IndexData data, int name) {
    if (!data.organizations().organization(name)) {
      return List.of();
    }
    int[] ids = data.nameTokens[name];
    String[] tokens = new String[ids.length];
    for (int j = 0; j < ids.length; j++) {
      tokens[j] = data.tokens[ids[j]];
    }
    return initialsOf(tokens);
  }

  /**
   * The initials under which an organization with these tokens is found by its acronym: of all its
   * tokens, and without {@link CompoundPairs#SKIPPED} words; none below two or above six tokens.
   */
  static List<String> initialsOf(String[] tokens) {
    if (tokens.length < 2 || tokens.length > 6) {
      return List.of();
    }
    StringBuilder all = new StringBuilder();
    StringBuilder kept = new StringBuilder();
    for (String token : tokens) {
      all.append(token.charAt(0));
      if (!CompoundPairs.SKIPPED.contains(token)) {
        kept.append(token.charAt(0));
      }
    }
    return kept.length() != all.length() && kept.length() >= 2
        ? List.of(all.toString(), kept.toString())
        : List.of(all.toString());
  }
}
