package org.interdict.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.interdict.text.NormalizedName;

/**
 * Retrieval for the pairs {@link CompoundPairs} scores (entity-v1): a name that agrees with the
 * query only through joined tokens, an acronym or a number written in words shares no similar token
 * with it, so trigram retrieval never votes for it. This class screens rewritten forms of the query
 * through the same {@link CandidateFinder} and gate: the query with consecutive tokens joined where
 * the joined token is in the vocabulary ({@code good will} to {@code goodwill}), a token split into
 * two vocabulary tokens ({@code goodwill} to {@code good will}), number runs in digits and in words
 * ({@code forty four} to {@code 44} and back), consecutive tokens replaced by their initials where
 * those are a rare vocabulary token ({@code peoples liberation army} to {@code pla}); and adds the
 * organizations whose whole name has a query token as its initials ({@code pla} for {@code People's
 * Liberation Army}). Rewrites are tried only when a vocabulary lookup says they can meet something,
 * so most queries cost a few hash lookups. Thread-safe.
 */
final class CompoundRetrieval {
  private static final int MAX_VARIANTS = 8;
  private static final int MAX_JOIN = 3;

  private static final Map<IndexData, Map<String, int[]>> INITIALS = new WeakHashMap<>();

  private CompoundRetrieval() {}

  /** A rewritten form of the query and the tokens the rewrite wrote (a name must hold one). */
  record Variant(List<String> tokens, List<String> written) {}

  /**
   * {@code found} widened by the candidates of the query's rewritten forms that hold a token the
   * rewrite wrote, and by the organizations with a query token as initials.
   */
  static int[] widen(
      IndexData data,
      NormalizedName normalized,
      Scratch scratch,
      SimilarTokenCache cache,
      ScreeningFilter filter,
      double floor,
      int[] found) {
    String[] tokens = normalized.tokens().toArray(new String[0]);
    List<Variant> variants = variants(data, tokens);
    int[] acronymNames = acronymNames(data, tokens, normalized.original(), filter);
    if (variants.isEmpty() && acronymNames.length == 0) {
      return found;
    }
    IntList all = new IntList(found.length + 16);
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int name : found) {
      all.add(name);
      seen.add(name);
    }
    for (Variant variant : variants) {
      NormalizedName rewritten =
          new NormalizedName(
              normalized.original(),
              variant.tokens(),
              normalized.legalForms(),
              normalized.steps(),
              normalized.truncated());
      PreparedQuery prepared = CandidateFinder.prepare(data, rewritten, scratch, cache);
      for (int name : CandidateFinder.candidates(data, prepared, scratch, filter, floor, true)) {
        if (holdsAny(data, name, variant.written()) && seen.add(name)) {
          all.add(name);
        }
      }
    }
    for (int name : acronymNames) {
      if (seen.add(name)) {
        all.add(name);
      }
    }
    return all.toArray();
  }

  private static boolean holdsAny(IndexData data, int name, List<String> written) {
    for (int token : data.nameTokens[name]) {
      if (written.contains(data.tokens[token])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #widen} could add, for this query, a name holding one of {@code seedTokens} or
   * an organization whose initials are among {@code seedInitials}: when not, entity-v1 retrieves
   * for it among those names what the trigram retrieval does (for a delta re-screen).
   */
  static boolean mayReach(
      IndexData data,
      List<String> tokens,
      String original,
      java.util.Set<String> seedTokens,
      java.util.Set<String> seedInitials) {
    String[] array = tokens.toArray(new String[0]);
    for (Variant variant : variants(data, array)) {
      for (String written : variant.written()) {
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

  /** The rewritten forms worth screening, at most {@value #MAX_VARIANTS}. */
  static List<Variant> variants(IndexData data, String[] tokens) {
    List<Variant> variants = new ArrayList<>(2);
    for (int from = 0; from < tokens.length; from++) {
      // joins
      StringBuilder joined = new StringBuilder(tokens[from]);
      for (int to = from + 1; to < tokens.length && to - from < MAX_JOIN; to++) {
        joined.append(tokens[to]);
        if (data.tokenIds.containsKey(joined.toString())) {
          add(variants, tokens, from, to + 1, List.of(joined.toString()));
        }
      }
      // splits
      String token = tokens[from];
      for (int cut = 3; cut <= token.length() - 3 && token.length() >= 6; cut++) {
        String left = token.substring(0, cut);
        String right = token.substring(cut);
        if (data.tokenIds.containsKey(left) && data.tokenIds.containsKey(right)) {
          add(variants, tokens, from, from + 1, List.of(left, right));
        }
      }
    }
    // numbers, in digits and in words
    for (NumberTokens.Run run : NumberTokens.runs(tokens, null, false)) {
      String digits = Long.toString(run.value());
      if (run.to() - run.from() > 1 || !digits.equals(tokens[run.from()])) {
        add(variants, tokens, run.from(), run.to(), List.of(digits));
      } else {
        List<String> words = NumberTokens.words(run.value());
        if (!words.isEmpty()) {
          add(variants, tokens, run.from(), run.to(), words);
        }
      }
    }
    return variants;
  }

  private static void add(
      List<Variant> variants, String[] tokens, int from, int to, List<String> with) {
    if (variants.size() >= MAX_VARIANTS) {
      return;
    }
    List<String> result = new ArrayList<>(tokens.length + with.size());
    result.addAll(Arrays.asList(tokens).subList(0, from));
    result.addAll(with);
    result.addAll(Arrays.asList(tokens).subList(to, tokens.length));
    variants.add(new Variant(result, with));
  }

  /**
   * Names of organizations (not persons, nor parties of unknown type) whose initials are a query
   * token of three to six letters, or two written in capitals in a mixed-case query.
   */
  private static int[] acronymNames(
      IndexData data, String[] tokens, String original, ScreeningFilter filter) {
    Map<String, int[]> initials = null;
    IntList names = new IntList(4);
    for (String token : tokens) {
      if (!acronymCandidate(token, original)) {
        continue;
      }
      if (initials == null) {
        initials = initials(data);
      }
      int[] holders = initials.get(token);
      if (holders == null) {
        continue;
      }
      for (int name : holders) {
        if (filter.acceptsAll() || filter.accepts(data.parties[data.nameParty[name]])) {
          names.add(name);
        }
      }
    }
    return names.toArray();
  }

  private static boolean acronymCandidate(String token, String original) {
    return CompoundPairs.acronymShaped(token)
        && (token.length() >= 3 || CompoundPairs.writtenInCapitals(original, token));
  }

  /**
   * The initials under which the organization {@code name} is found by its acronym: of all its
   * tokens, and without {@link CompoundPairs#SKIPPED} words; none for other names.
   */
  static List<String> initialsOf(IndexData data, int name) {
    if (!OrganizationNameRules.applies(data.parties[data.nameParty[name]].type())) {
      return List.of();
    }
    int[] ids = data.nameTokens[name];
    if (ids.length < 2 || ids.length > 6) {
      return List.of();
    }
    StringBuilder all = new StringBuilder();
    StringBuilder kept = new StringBuilder();
    for (int id : ids) {
      String token = data.tokens[id];
      all.append(token.charAt(0));
      if (!CompoundPairs.SKIPPED.contains(token)) {
        kept.append(token.charAt(0));
      }
    }
    return kept.length() != all.length() && kept.length() >= 2
        ? List.of(all.toString(), kept.toString())
        : List.of(all.toString());
  }

  /** The organizations' names by the initials of their tokens (with and without skipped words). */
  private static Map<String, int[]> initials(IndexData data) {
    synchronized (INITIALS) {
      Map<String, int[]> known = INITIALS.get(data);
      if (known != null) {
        return known;
      }
      Map<String, IntList> building = new HashMap<>();
      for (int name = 0; name < data.nameCount(); name++) {
        for (String key : initialsOf(data, name)) {
          building.computeIfAbsent(key, k -> new IntList(1)).add(name);
        }
      }
      Map<String, int[]> result = new HashMap<>(building.size() * 2);
      building.forEach((key, list) -> result.put(key, list.toArray()));
      INITIALS.put(data, result);
      return result;
    }
  }
}
