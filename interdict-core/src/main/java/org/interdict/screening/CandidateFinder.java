package org.interdict.screening;

import java.util.Arrays;
import org.interdict.text.ConsonantKey;
import org.interdict.text.NormalizedName;
import org.interdict.text.VariantKey;

/**
 * Candidate retrieval without comparing the query with every name: each query token finds similar
 * vocabulary tokens through a trigram index over variant keys (Dice overlap first, then the exact
 * token similarity), their postings vote for names weighted by token weight and similarity, and
 * only the best-voted names are scored.
 */
final class CandidateFinder {
  /** Pairs below this token similarity do not count as aligned. */
  static final double MIN_PAIR = 0.80;

  static final int MAX_CANDIDATES = RetrievalGate.MAX_CANDIDATES;
  private static final double MIN_DICE = 0.3;
  private static final double MIN_DICE_SHORT = 0.2;

  private CandidateFinder() {}

  static PreparedQuery prepare(
      IndexData data, NormalizedName normalized, Scratch scratch, SimilarTokenCache cache) {
    int n = normalized.tokens().size();
    String[] tokens = normalized.tokens().toArray(new String[0]);
    String[] keys = new String[n];
    float[] weights = new float[n];
    int[][] ids = new int[n][];
    float[][] values = new float[n][];
    boolean abjad = ConsonantKey.isAbjad(normalized.original());
    for (int q = 0; q < n; q++) {
      keys[q] = VariantKey.of(tokens[q]);
      Integer known = data.tokenIds.get(tokens[q]);
      int df = known == null ? 0 : data.postings[known].length;
      weights[q] = IndexData.weight(tokens[q].length(), df, data.nameCount());
      String cacheKey = abjad ? tokens[q] + AbjadMatches.CACHE_MARK : tokens[q];
      SimilarTokenCache.Similar cached = cache.get(cacheKey);
      if (cached == null) {
        similarTokens(data, tokens[q], keys[q], scratch, q, ids, values);
        if (abjad) {
          AbjadMatches.add(data, tokens[q], keys[q], q, ids, values);
        }
        cache.put(cacheKey, new SimilarTokenCache.Similar(ids[q], values[q]));
      } else {
        ids[q] = cached.ids();
        values[q] = cached.values();
      }
    }
    return new PreparedQuery(
        normalized, tokens, keys, weights, ids, values, LegalFormMask.of(normalized.legalForms()));
  }

  private static void similarTokens(
      IndexData data,
      String token,
      String key,
      Scratch scratch,
      int q,
      int[][] ids,
      float[][] values) {
    if (token.length() == 1) {
      // initials pair with words in scoring; retrieval only looks the letter itself up
      Integer exact = data.tokenIds.get(token);
      ids[q] = exact == null ? new int[0] : new int[] {exact};
      values[q] = exact == null ? new float[0] : new float[] {1f};
      return;
    }
    long[] grams = Grams.of(key);
    int[] hits = scratch.gramHits;
    IntList touched = scratch.touchedTokens;
    for (long gram : grams) {
      int[] posting = data.gramIndex.get(gram);
      if (posting == null) {
        continue;
      }
      for (int t : posting) {
        if (hits[t]++ == 0) {
          touched.add(t);
        }
      }
    }
    long[] packed = new long[Math.min(touched.size(), 1024)];
    int found = 0;
    char[] tokenLetters = SimilarityBound.letters(token);
    char[] keyLetters = key.equals(token) ? tokenLetters : SimilarityBound.letters(key);
    // short tokens have few trigrams, so one typo costs most of them
    double minDice = key.length() <= 5 ? MIN_DICE_SHORT : MIN_DICE;
    int maxLengthGap = Math.max(2, key.length() / 2);
    for (int i = 0; i < touched.size(); i++) {
      int t = touched.get(i);
      double dice = 2.0 * hits[t] / (grams.length + data.gramCounts[t]);
      hits[t] = 0;
      int lengthGap = Math.abs(data.keyLengths[t] - key.length());
      if (dice < minDice || found == packed.length || lengthGap > maxLengthGap) {
        continue;
      }
      if (SimilarityBound.below(
          token,
          key,
          tokenLetters,
          keyLetters,
          data.tokens[t],
          data.keys[t],
          data.tokenLetters[t],
          data.keyLetters[t])) {
        continue;
      }
      double sim = TokenSimilarity.of(token, key, data.tokens[t], data.keys[t]);
      if (sim >= MIN_PAIR) {
        packed[found++] = ((long) t << 32) | Float.floatToIntBits((float) sim);
      }
    }
    touched.clear();
    Arrays.sort(packed, 0, found);
    ids[q] = new int[found];
    values[q] = new float[found];
    for (int i = 0; i < found; i++) {
      ids[q][i] = (int) (packed[i] >>> 32);
      values[q][i] = Float.intBitsToFloat((int) packed[i]);
    }
  }

  /**
   * Name ids worth scoring, best-voted first, at most {@link #MAX_CANDIDATES}, all accepted by the
   * filter and all through the {@link RetrievalGate}: the votes bound the aligned query weight, so
   * {@code (votes + B * nameWeight) / (queryWeight + B * nameWeight)} bounds the score from above.
   * With {@code nicknames} (the entity scorers) given names also vote for their nicknames' holders;
   * with {@code personRules} (entity-v2) the bound of a person's name (or one of unknown type) also
   * counts what {@link PersonRules} can add outside the votes ({@link PersonVotes}).
   */
  static int[] candidates(
      IndexData data,
      PreparedQuery query,
      Scratch scratch,
      ScreeningFilter filter,
      double minScore,
      boolean nicknames,
      boolean personRules) {
    for (int q = 0; q < query.tokens.length; q++) {
      int[] order = bySimilarityDescending(query.similarValues[q]);
      // under entity-v1 a given name also votes, at the nickname similarity, for the names of
      // people
      // holding its full name or short forms; in order, so each name gets the query token's largest
      // vote
      int[] nicknameTokens =
          nicknames && query.nicknames[q] != null ? data.nicknameTokens(query.nicknames[q]) : null;
      for (int i : order) {
        if (nicknameTokens != null && query.similarValues[q][i] < TokenSimilarity.NICKNAME) {
          vote(data, query, scratch, q, nicknameTokens, TokenSimilarity.NICKNAME, personRules);
          nicknameTokens = null;
        }
        vote(
            data,
            query,
            scratch,
            q,
            query.similarIds[q][i],
            query.similarValues[q][i],
            false,
            personRules);
      }
      if (nicknameTokens != null) {
        vote(data, query, scratch, q, nicknameTokens, TokenSimilarity.NICKNAME, personRules);
      }
    }
    long[] packed = new long[scratch.touchedNames.size()];
    int count = 0;
    PersonVotes rules = null;
    for (int i = 0; i < scratch.touchedNames.size(); i++) {
      int name = scratch.touchedNames.get(i);
      float vote = scratch.accumulated[name];
      if (query.hasInitial) {
        // "J. R. Smith": the initials must help choose among the many Smiths
        vote += initialVotes(data, query, name);
      }
      double listWeight = AlignmentScorer.LIST_WEIGHT * data.nameWeight[name];
      boolean initials = query.hasInitial || data.nameHasInitial[name];
      double boundVotes = vote;
      double boundWeight = query.totalWeight;
      if (personRules
          && !initials
          && data.nameInitialsAllowed[name]
          && vote >= (float) (RetrievalGate.MIN_VOTE_SHARE * query.totalWeight)
          && !RetrievalGate.admits(vote, query.totalWeight, listWeight, false, minScore)) {
        // only a name the plain bound turns away is worth reading for what the rules may add, and
        // only then is the query read for them (most queries never are)
        if (rules == null) {
          rules = query.personVotes(data);
          scratch.markRuleTokens(rules.tokens);
        }
        int held = data.personNameFlags(name);
        initials = (held & IndexData.NAME_JOINED_INITIALS) != 0;
        boundVotes +=
            ruleVotes(data, query, scratch, rules, name)
                + rules.initialVotes
                + ((held & IndexData.NAME_WADE_GILES) != 0 ? rules.pinyinVotes : 0f)
                + RULE_SLACK;
        boundWeight -= rules.discount;
      }
      if (RetrievalGate.admits(
              vote, query.totalWeight, boundVotes, boundWeight, listWeight, initials, minScore)
          && (filter.acceptsAll() || filter.accepts(data.parties[data.nameParty[name]]))) {
        packed[count++] = ((long) Float.floatToIntBits(vote) << 32) | name;
      }
    }
    scratch.resetNames();
    if (rules != null) {
      scratch.resetRuleTokens();
    }
    Arrays.sort(packed, 0, count);
    int take = Math.min(count, MAX_CANDIDATES);
    int[] result = new int[take];
    for (int i = 0; i < take; i++) {
      result[i] = (int) packed[count - 1 - i];
    }
    return result;
  }

  /**
   * Float rounding room for the person-rule bound: its votes and discount are summed in floats here
   * and in doubles by the scorer.
   */
  private static final float RULE_SLACK = 1e-4f;

  /**
   * What the person-rule pairings of the query's tokens ({@link PersonVotes#tokens}) may add to one
   * name's votes: per query token, its rule similarity times its weight when the name holds one of
   * its rule tokens, only the part above {@link #MIN_PAIR} when the token already voted for the
   * name (a token pairs once).
   */
  private static float ruleVotes(
      IndexData data, PreparedQuery query, Scratch scratch, PersonVotes rules, int name) {
    float extra = 0f;
    int[] nameTokens = data.nameTokens[name];
    // the first 64 query tokens through the per-query bits (Scratch#markRuleTokens), in order
    long holds = 0L;
    for (int token : nameTokens) {
      holds |= scratch.ruleTokenBits[token];
    }
    while (holds != 0L) {
      int q = Long.numberOfTrailingZeros(holds);
      holds &= holds - 1;
      extra += ruleShare(query, scratch, rules, name, q);
    }
    for (int q = Long.SIZE; q < rules.tokens.length; q++) {
      int[] ruleTokens = rules.tokens[q];
      for (int token : nameTokens) {
        if (ruleTokens.length > 0 && Arrays.binarySearch(ruleTokens, token) >= 0) {
          extra += ruleShare(query, scratch, rules, name, q);
          break;
        }
      }
    }
    return extra;
  }

  private static float ruleShare(
      PreparedQuery query, Scratch scratch, PersonVotes rules, int name, int q) {
    boolean voted = q < Long.SIZE && (scratch.votedTokens[name] & (1L << q)) != 0;
    float share = voted ? rules.similarity[q] - (float) MIN_PAIR : rules.similarity[q];
    return query.weights[q] * Math.max(0f, share);
  }

  /**
   * Query token {@code q}'s nickname votes for the names holding {@code tokens}: only names of
   * people (or of parties of unknown type), whose words are given names; a vessel {@code DAN} or a
   * company {@code NICOLAS} is not retrieved for {@code Daniel} or {@code Nik} by a nickname.
   */
  private static void vote(
      IndexData data,
      PreparedQuery query,
      Scratch scratch,
      int q,
      int[] tokens,
      double similarity,
      boolean trackVoters) {
    for (int token : tokens) {
      vote(data, query, scratch, q, token, similarity, true, trackVoters);
    }
  }

  /**
   * Query token {@code q}'s vote for every name holding {@code token}, once per name ({@code
   * peopleOnly}: only names of people or of parties of unknown type; {@code trackVoters}: also note
   * which query tokens voted, for the person-rule bound of {@link #ruleVotes}).
   */
  private static void vote(
      IndexData data,
      PreparedQuery query,
      Scratch scratch,
      int q,
      int token,
      double similarity,
      boolean peopleOnly,
      boolean trackVoters) {
    float vote = query.weights[q] * (float) similarity;
    for (int name : data.postings[token]) {
      if (scratch.lastQueryToken[name] == q || (peopleOnly && !data.nameInitialsAllowed[name])) {
        continue;
      }
      if (scratch.lastQueryToken[name] == -1) {
        scratch.touchedNames.add(name);
      }
      scratch.lastQueryToken[name] = q;
      scratch.accumulated[name] += vote;
      if (trackVoters && q < Long.SIZE) {
        scratch.votedTokens[name] |= 1L << q; // beyond 64 tokens rule votes count in full
      }
    }
  }

  /**
   * Votes a query's single letters would earn against the words of a person's name starting with
   * them.
   */
  static float initialVotes(IndexData data, PreparedQuery query, int name) {
    if (!data.nameInitialsAllowed[name]) {
      return 0f;
    }
    float votes = 0f;
    for (int q = 0; q < query.tokens.length; q++) {
      if (query.tokens[q].length() != 1) {
        continue;
      }
      char initial = query.tokens[q].charAt(0);
      long bit = IndexData.firstLetterBit(initial);
      boolean pairs =
          bit != 0 ? (data.nameFirstLetters[name] & bit) != 0 : startsAWord(data, name, initial);
      if (pairs) {
        votes += (float) (query.weights[q] * TokenSimilarity.INITIAL);
      }
    }
    return votes;
  }

  /**
   * Whether a word (not a letter) of the name starts with {@code initial}; the slow path for
   * letters outside a-z, 0-9.
   */
  private static boolean startsAWord(IndexData data, int name, char initial) {
    for (int token : data.nameTokens[name]) {
      if (data.tokens[token].length() > 1 && data.tokens[token].charAt(0) == initial) {
        return true;
      }
    }
    return false;
  }

  private static int[] bySimilarityDescending(float[] values) {
    long[] packed = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      packed[i] = ((long) Float.floatToIntBits(values[i]) << 32) | i;
    }
    java.util.Arrays.sort(packed);
    int[] order = new int[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = (int) packed[packed.length - 1 - i];
    }
    return order;
  }
}
