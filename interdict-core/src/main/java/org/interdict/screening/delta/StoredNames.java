package org.interdict.screening.delta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.screening.QueryVocabulary;
import org.interdict.text.ConsonantKey;
import org.interdict.text.NamePipeline;
import org.interdict.text.NormalizedName;

/**
 * The stored parties' names, normalized once with the screening pipeline and indexed by token, so
 * the parties a set of list tokens can reach are found without screening anyone. Names written in
 * an abjad retrieve through consonant skeletons as well, so they are always treated as reachable.
 * Immutable; {@link #reachedBy} is not thread-safe.
 */
public final class StoredNames {
  private final List<StoredParty> parties;
  private final QueryVocabulary vocabulary;
  private final int[] postingStart;
  private final int[] postingParties;
  private final BitSet alwaysReached;
  private final List<String> tokenTexts;
  private final int[] partyStart;
  private final int[] partyTokens;

  private StoredNames(
      List<StoredParty> parties,
      QueryVocabulary vocabulary,
      int[] postingStart,
      int[] postingParties,
      BitSet alwaysReached,
      List<String> tokenTexts,
      int[] partyStart,
      int[] partyTokens) {
    this.tokenTexts = tokenTexts;
    this.partyStart = partyStart;
    this.partyTokens = partyTokens;
    this.parties = parties;
    this.vocabulary = vocabulary;
    this.postingStart = postingStart;
    this.postingParties = postingParties;
    this.alwaysReached = alwaysReached;
  }

  /**
   * Indexes the parties' names with {@code pipeline}, which must be the one the screening index
   * uses.
   */
  public static StoredNames of(List<StoredParty> parties, NamePipeline pipeline) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> tokens = new ArrayList<>();
    int[] pairToken = new int[Math.max(16, parties.size() * 3)];
    int[] pairParty = new int[pairToken.length];
    int pairs = 0;
    BitSet abjad = new BitSet(parties.size());
    int[] partyStart = new int[parties.size() + 1];
    int[] partyTokens = new int[Math.max(16, parties.size() * 3)];
    int used = 0;
    for (int p = 0; p < parties.size(); p++) {
      String name = parties.get(p).name();
      if (ConsonantKey.isAbjad(name)) {
        abjad.set(p);
      }
      NormalizedName normalized = pipeline.normalize(name);
      for (String token : normalized.tokens()) {
        Integer id =
            ids.computeIfAbsent(
                token,
                t -> {
                  tokens.add(t);
                  return tokens.size() - 1;
                });
        if (used == partyTokens.length) {
          partyTokens = Arrays.copyOf(partyTokens, used * 2);
        }
        partyTokens[used++] = id;
      }
      partyStart[p + 1] = used;
      for (String token : Set.copyOf(normalized.tokens())) {
        Integer id = ids.get(token);
        if (id == null) {
          id = tokens.size();
          ids.put(token, id);
          tokens.add(token);
        }
        if (pairs == pairToken.length) {
          pairToken = Arrays.copyOf(pairToken, pairs * 2);
          pairParty = Arrays.copyOf(pairParty, pairs * 2);
        }
        pairToken[pairs] = id;
        pairParty[pairs++] = p;
      }
    }
    int[] start = new int[tokens.size() + 1];
    for (int i = 0; i < pairs; i++) {
      start[pairToken[i] + 1]++;
    }
    for (int t = 0; t < tokens.size(); t++) {
      start[t + 1] += start[t];
    }
    int[] fill = Arrays.copyOf(start, tokens.size());
    int[] postings = new int[pairs];
    for (int i = 0; i < pairs; i++) {
      postings[fill[pairToken[i]]++] = pairParty[i];
    }
    return new StoredNames(
        List.copyOf(parties),
        QueryVocabulary.of(tokens),
        start,
        postings,
        abjad,
        List.copyOf(tokens),
        partyStart,
        Arrays.copyOf(partyTokens, used));
  }

  public static StoredNames of(List<StoredParty> parties) {
    return of(parties, NamePipeline.standard());
  }

  public List<StoredParty> parties() {
    return parties;
  }

  /** Number of distinct stored tokens; token ids run from 0 to this. */
  public int vocabularySize() {
    return tokenTexts.size();
  }

  public String tokenText(int tokenId) {
    return tokenTexts.get(tokenId);
  }

  int tokenCount(int party) {
    return partyStart[party + 1] - partyStart[party];
  }

  int tokenAt(int party, int position) {
    return partyTokens[partyStart[party] + position];
  }

  /** The normalized name tokens of one party, in order (as the screening pipeline gives them). */
  public List<String> tokens(int party) {
    List<String> tokens = new ArrayList<>(partyStart[party + 1] - partyStart[party]);
    for (int i = partyStart[party]; i < partyStart[party + 1]; i++) {
      tokens.add(tokenTexts.get(partyTokens[i]));
    }
    return tokens;
  }

  /**
   * Whether a party's name is written in an abjad (its retrieval also pairs consonant skeletons).
   */
  public boolean abjad(int party) {
    return alwaysReached.get(party);
  }

  /**
   * The stored tokens list tokens may pair with, and the parties holding them (abjad names always
   * included).
   */
  public record Reach(BitSet parties, Map<Integer, List<ListToken>> listTokensByStoredToken) {}

  /** A list token a stored token may pair with, and the similarity the index gives the pair. */
  public record ListToken(String token, double similarity) {}

  /**
   * Which stored parties the list tokens reach, and through which of their tokens; see {@link
   * QueryVocabulary}.
   */
  public Reach reachedBy(Set<String> listTokens) {
    BitSet reached = (BitSet) alwaysReached.clone();
    Map<Integer, List<ListToken>> byStored = new HashMap<>();
    for (String token : listTokens) {
      vocabulary.reachedBy(
          token,
          (id, similarity) -> {
            byStored
                .computeIfAbsent(id, k -> new ArrayList<>(2))
                .add(new ListToken(token, similarity));
            for (int i = postingStart[id]; i < postingStart[id + 1]; i++) {
              reached.set(postingParties[i]);
            }
          });
    }
    return new Reach(reached, byStored);
  }

  /** The list tokens one stored token was reached by (empty when none). */
  public List<ListToken> reachedThrough(Reach reach, String storedToken) {
    int id = vocabulary.id(storedToken);
    return id < 0 ? List.of() : reach.listTokensByStoredToken().getOrDefault(id, List.of());
  }
}
