package org.interdict.screening;

/**
 * What entity-v2's {@link PersonRules} can add to one query's score against a person's name, read
 * once per query so retrieval keeps a sound score bound for persons' names (ADR 012). The rules
 * raise a score in two ways, and each has its bound here:
 *
 * <ul>
 *   <li>They pair tokens the similar-token lists do not hold: connectors of one kind ({@code bin} /
 *       {@code ibn}), vowel skeletons ({@code Muhammad} / {@code Mohammed}), a query's Wade-Giles
 *       syllables with their Pinyin and joined initials. The first three pair with vocabulary
 *       tokens found here ({@link #tokens}, voted for at {@link #similarity}); the query's Pinyin
 *       against a listed Wade-Giles group is bounded by {@link #pinyinVotes}, counted only for
 *       names holding such a group, and the query's joined initials by {@link #initialVotes}.
 *   <li>They stop charging for some unaligned tokens. Only the query's side can lift the bound: an
 *       unaligned listed token already counts as fully matched in retrieval's bound {@code (v +
 *       B*W_list) / (W_query + B*W_list)}, while a query token stops costing its weight in the
 *       denominator. {@link #discount} is the most the query's tokens can stop costing.
 * </ul>
 *
 * A listed name holding joined initials covers query tokens in ways not read here; such names skip
 * the bound, as names with single initials do ({@link IndexData#personNameFlags}).
 */
final class PersonVotes {
  private static final int[] NONE = new int[0];

  /** Per query token, the vocabulary tokens a rule pairing may pair it with, ascending. */
  final int[][] tokens;

  /** Per query token, the largest similarity of its rule pairings. */
  final float[] similarity;

  /** The most weight the rules can take off the query's side of the denominator. */
  final float discount;

  /** Votes the query's Pinyin tokens may earn against a listed group of Wade-Giles syllables. */
  final float pinyinVotes;

  /** Votes the query's joined initials may earn against the words they abbreviate. */
  final float initialVotes;

  private PersonVotes(
      int[][] tokens, float[] similarity, float discount, float pinyinVotes, float initialVotes) {
    this.tokens = tokens;
    this.similarity = similarity;
    this.discount = discount;
    this.pinyinVotes = pinyinVotes;
    this.initialVotes = initialVotes;
  }

  static PersonVotes of(IndexData data, PreparedQuery query) {
    PersonRules.Side side = query.personSide(data);
    int n = side.size();
    int[][] tokens = new int[n][];
    float[] similarity = new float[n];
    boolean[] coverable = new boolean[n];
    float pinyin = 0f;
    float initials = 0f;
    for (int q = 0; q < n; q++) {
      Integer known = data.tokenIds.get(side.tokens()[q]);
      LocalPairs local =
          known != null
              ? data.localPairs(known)
              : localPairs(data, side.tokens()[q], side.skeletons()[q], side.flags()[q]);
      similarity[q] = local.similarity();
      tokens[q] = local.ids();
      if (side.is(q, PersonTokens.SYLLABLE)) {
        IntList found = new IntList(4);
        if (pinyinPairs(data, side, q, found, coverable)) {
          similarity[q] = (float) TokenSimilarity.VARIANT;
          for (int id : local.ids()) {
            found.add(id);
          }
          tokens[q] = sortedDistinct(found.toArray());
        }
      }
      if (side.is(q, PersonTokens.MAY_BE_PINYIN)) {
        pinyin += (float) (TokenSimilarity.VARIANT * side.weights()[q]);
      }
      if (side.is(q, PersonTokens.JOINED_INITIALS)) {
        initials += (float) (TokenSimilarity.INITIAL * side.weights()[q]);
      }
    }
    return new PersonVotes(tokens, similarity, discount(side, coverable), pinyin, initials);
  }

  /**
   * The vocabulary tokens one token pairs with by the rules that read only the token (connectors
   * of its kind, the same vowel skeleton), ascending, and the largest similarity of those
   * pairings (0 when none): the same for every query holding the token, so the index keeps it
   * per vocabulary token ({@link IndexData#localPairs}).
   */
  record LocalPairs(int[] ids, float similarity) {}

  private static final LocalPairs NO_PAIRS = new LocalPairs(NONE, 0f);

  static LocalPairs localPairs(IndexData data, String token, String skeleton, int flags) {
    IntList found = new IntList(4);
    float similarity = 0f;
    int connector = flags & PersonTokens.CONNECTOR;
    if (connector != 0) {
      for (String word : PersonTokens.connectorWords(connector)) {
        addKnown(data, word, found);
      }
      similarity = (float) TokenSimilarity.VARIANT;
    }
    if (PersonRules.skeletonCandidate(token, skeleton, flags)
        && skeletonPairs(data, token, skeleton, flags, found)) {
      similarity = Math.max(similarity, (float) TokenSimilarity.CONSONANTS);
    }
    return found.size() == 0 && similarity == 0f
        ? NO_PAIRS
        : new LocalPairs(found.size() == 0 ? NONE : sortedDistinct(found.toArray()), similarity);
  }

  private static int[] sortedDistinct(int[] ids) {
    return java.util.Arrays.stream(ids).sorted().distinct().toArray();
  }

  private static void addKnown(IndexData data, String word, IntList found) {
    Integer id = data.tokenIds.get(word);
    if (id != null) {
      found.add(id);
    }
  }

  private static boolean skeletonPairs(
      IndexData data, String token, String skeleton, int flags, IntList found) {
    int[] sameConsonants = data.consonantIndex.get(skeleton);
    boolean any = false;
    if (sameConsonants != null) {
      for (int t : sameConsonants) {
        if (PersonRules.sameSkeleton(
            token, skeleton, flags, data.tokens[t], data.skeleton(t), data.personFlags(t))) {
          found.add(t);
          any = true;
        }
      }
    }
    return any;
  }

  /**
   * The vocabulary tokens the groups of Wade-Giles syllables starting at query token {@code q} read
   * as; marks the further syllables of those groups as {@code coverable}.
   */
  private static boolean pinyinPairs(
      IndexData data, PersonRules.Side side, int q, IntList found, boolean[] coverable) {
    boolean any = false;
    for (int length = PersonRules.syllableRun(side, q); length >= 1; length--) {
      if (length == 1 && !side.is(q, PersonTokens.MARKED)) {
        continue;
      }
      boolean reads = false;
      for (String reading : WadeGiles.pinyin(side.tokens(), q, length)) {
        Integer id = data.tokenIds.get(reading);
        if (id != null && !reading.equals(side.tokens()[q])) {
          found.add(id);
          reads = true;
        }
      }
      if (reads) {
        any = true;
        for (int k = q + 1; k < q + length; k++) {
          coverable[k] = true;
        }
      }
    }
    return any;
  }

  /**
   * The most the query's tokens can stop costing: covered syllables and titles their weight, a
   * patronymic {@code 1 - PATRONYMIC_SHARE} of it, a connector {@code 1 - CONNECTOR_SHARE}, a
   * repeated token its weight; summed per token as {@link PersonRules#factors} applies them one
   * after the other.
   */
  private static float discount(PersonRules.Side side, boolean[] coverable) {
    double total = 0;
    for (int q = 0; q < side.size(); q++) {
      double weight = side.weights()[q];
      if (coverable[q]) {
        total += weight;
      }
      if (PersonRules.patronymic(side, q)) {
        total += weight * (1 - PersonRules.PATRONYMIC_SHARE);
      }
      if (side.is(q, PersonTokens.TITLE)) {
        total += weight;
      }
      if (PersonRules.connector(side, q)) {
        total += weight * (1 - PersonRules.CONNECTOR_SHARE);
      }
      if (repeated(side, q)) {
        total += weight;
      }
    }
    return (float) total;
  }

  private static boolean repeated(PersonRules.Side side, int q) {
    String token = side.tokens()[q];
    if (token.length() < 2) {
      return false;
    }
    for (int k = 0; k < side.size(); k++) {
      if (k != q && side.tokens()[k].equals(token)) {
        return true;
      }
    }
    return false;
  }
}
