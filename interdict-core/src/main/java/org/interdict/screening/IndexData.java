package org.interdict.screening;

import java.util.List;
import java.util.Map;
import org.interdict.model.Party;
import org.interdict.text.NamePipeline;

/**
 * The arrays behind a {@link ScreeningIndex}, addressed by int ids: names (one per distinct
 * normalized name of a party) and vocabulary tokens (one per distinct normalized token). Built
 * once, never written again, so safe to share between threads.
 */
final class IndexData {
  final NamePipeline pipeline;
  final Party[] parties;
  // names
  final int[] nameParty;
  final int[] nameIndex;
  final String[] nameText;
  final int[][] nameTokens;
  final long[] nameLegalMask;
  final float[] nameWeight;
  final boolean[] nameHasInitial;
  final int[] nameSteps;
  final List<List<String>> stepLists;
  // vocabulary
  final String[] tokens;
  final String[] keys;
  final float[] weights;
  final int[][] postings;
  final int[] gramCounts;
  final Map<Long, int[]> gramIndex;
  final Map<String, Integer> tokenIds;
  final Map<String, int[]> consonantIndex;
  // identifiers: the folded value of each listed identifier (PartyIdentifier.value) -> the parties
  // carrying it, ascending; the kind is compared at query time, as EntityScorer compares it
  final Map<String, int[]> identifierIndex;
  // derived at construction, not stored: sorted characters of each token and key, for
  // SimilarityBound
  final char[][] tokenLetters;
  final char[][] keyLetters;
  final int[] keyLengths;
  // derived per name for retrieval's initial votes: AlignmentScorer.initialsAllowed, and the first
  // letters of its words
  final boolean[] nameInitialsAllowed;
  final long[] nameFirstLetters;
  // derived per party: its names are partyFirstName[p] .. partyFirstName[p + 1] - 1 (names are laid
  // out party by party)
  final int[] partyFirstName;
  // derived per token on first use by entity-v2's person rules (PersonTokens): kind bits (0 = not
  // yet read) and consonant skeletons. Racing threads write equal values; a String is safe to
  // publish through a race, and an int is written whole.
  private final int[] personFlags;
  private final String[] skeletons;
  // derived per name on first use: the NAME_ bits of personNameFlags, 0 = not yet read
  private final byte[] personNameFlags;
  // derived for entity-v2's organization rules and compound pairs (ADR 016), built on first use:
  // the other scorers never read it (about 45 ms and 3 MB on the 66k-name index)
  private volatile OrganizationIndex organizations;

  IndexData(
      NamePipeline pipeline,
      Party[] parties,
      int[] nameParty,
      int[] nameIndex,
      String[] nameText,
      int[][] nameTokens,
      long[] nameLegalMask,
      int[] nameSteps,
      List<List<String>> stepLists,
      String[] tokens,
      String[] keys,
      float[] weights,
      int[][] postings,
      int[] gramCounts,
      Map<Long, int[]> gramIndex,
      Map<String, Integer> tokenIds,
      Map<String, int[]> consonantIndex,
      Map<String, int[]> identifierIndex) {
    this.pipeline = pipeline;
    this.parties = parties;
    this.nameParty = nameParty;
    this.nameIndex = nameIndex;
    this.nameText = nameText;
    this.nameTokens = nameTokens;
    this.nameLegalMask = nameLegalMask;
    this.nameWeight = new float[nameTokens.length];
    this.nameHasInitial = new boolean[nameTokens.length];
    for (int name = 0; name < nameTokens.length; name++) {
      for (int token : nameTokens[name]) {
        nameWeight[name] += weights[token];
        nameHasInitial[name] |= tokens[token].length() == 1;
      }
    }
    this.nameSteps = nameSteps;
    this.stepLists = stepLists;
    this.tokens = tokens;
    this.keys = keys;
    this.weights = weights;
    this.postings = postings;
    this.gramCounts = gramCounts;
    this.gramIndex = gramIndex;
    this.tokenIds = tokenIds;
    this.consonantIndex = consonantIndex;
    this.identifierIndex = identifierIndex;
    this.tokenLetters = new char[tokens.length][];
    this.keyLetters = new char[tokens.length][];
    this.keyLengths = new int[tokens.length];
    for (int token = 0; token < tokens.length; token++) {
      tokenLetters[token] = SimilarityBound.letters(tokens[token]);
      keyLetters[token] =
          keys[token].equals(tokens[token])
              ? tokenLetters[token]
              : SimilarityBound.letters(keys[token]);
      keyLengths[token] = keys[token].length();
    }
    this.nameInitialsAllowed = new boolean[nameTokens.length];
    this.nameFirstLetters = new long[nameTokens.length];
    for (int name = 0; name < nameTokens.length; name++) {
      nameInitialsAllowed[name] = AlignmentScorer.initialsAllowed(this, name);
      for (int token : nameTokens[name]) {
        if (tokens[token].length() > 1) {
          nameFirstLetters[name] |= firstLetterBit(tokens[token].charAt(0));
        }
      }
    }
    this.personFlags = new int[tokens.length];
    this.skeletons = new String[tokens.length];
    this.personNameFlags = new byte[nameTokens.length];
    this.partyFirstName = new int[parties.length + 1];
    for (int party : nameParty) {
      partyFirstName[party + 1]++;
    }
    for (int party = 0; party < parties.length; party++) {
      partyFirstName[party + 1] += partyFirstName[party];
    }
  }

  /**
   * The bit of {@link #nameFirstLetters} for a first letter a-z or 0-9, or 0 for any other
   * character.
   */
  static long firstLetterBit(char letter) {
    if (letter >= 'a' && letter <= 'z') {
      return 1L << (letter - 'a');
    }
    if (letter >= '0' && letter <= '9') {
      return 1L << (26 + letter - '0');
    }
    return 0L;
  }

  /**
   * Per variant key known to {@link Nicknames}, the vocabulary tokens with that key; built on first
   * use (a query with a nickname form under {@code entity-v1}), so loading an index does not pay
   * for it. Racing threads build equal maps; either one is kept.
   */
  private volatile Map<String, int[]> nicknameTokens;

  /** The vocabulary tokens a query token with these nickname forms may pair with as a nickname. */
  int[] nicknameTokens(Nicknames.Forms forms) {
    Map<String, int[]> byKey = nicknameTokens;
    if (byKey == null) {
      Nicknames nicknames = Nicknames.standard();
      Map<String, IntList> found = new java.util.HashMap<>();
      for (int token = 0; token < tokens.length; token++) {
        if (tokens[token].length() > 1 && nicknames.forms(keys[token]) != null) {
          found.computeIfAbsent(keys[token], k -> new IntList(1)).add(token);
        }
      }
      Map<String, int[]> built = new java.util.HashMap<>(found.size() * 2);
      found.forEach((key, ids) -> built.put(key, ids.toArray()));
      byKey = built;
      nicknameTokens = built;
    }
    IntList ids = new IntList(4);
    for (String key : Nicknames.standard().equivalentKeys(forms)) {
      int[] withKey = byKey.get(key);
      if (withKey != null) {
        for (int token : withKey) {
          ids.add(token);
        }
      }
    }
    return ids.toArray();
  }

  /** The tables of entity-v2's organization rules, built on first use. */
  OrganizationIndex organizations() {
    OrganizationIndex built = organizations;
    if (built == null) {
      synchronized (this) {
        built = organizations;
        if (built == null) {
          built = new OrganizationIndex(this);
          organizations = built;
        }
      }
    }
    return built;
  }

  /** The {@link PersonTokens} kind bits of a vocabulary token. */
  int personFlags(int token) {
    int flags = personFlags[token];
    if (flags == 0) {
      flags = PersonTokens.of(tokens[token]);
      personFlags[token] = flags;
    }
    return flags;
  }

  /** The consonant skeleton of a vocabulary token's variant key. */
  String skeleton(int token) {
    String skeleton = skeletons[token];
    if (skeleton == null) {
      skeleton = PersonTokens.skeleton(keys[token]);
      skeletons[token] = skeleton;
    }
    return skeleton;
  }

  /** A name holding joined initials ({@code jc}): they cover query tokens, so no bound holds. */
  static final int NAME_JOINED_INITIALS = 1;

  /** A name holding a group of Wade-Giles syllables that reads as Pinyin. */
  static final int NAME_WADE_GILES = 1 << 1;

  private static final int NAME_READ = 1 << 2;

  /**
   * What a listed name holds that {@link PersonVotes} bounds per name: {@link
   * #NAME_JOINED_INITIALS}, {@link #NAME_WADE_GILES} (a marked syllable, or two syllables in a
   * row).
   */
  int personNameFlags(int name) {
    int flags = personNameFlags[name];
    if (flags == 0) {
      flags = NAME_READ;
      int[] ids = nameTokens[name];
      for (int j = 0; j < ids.length; j++) {
        int kinds = personFlags(ids[j]);
        if ((kinds & PersonTokens.JOINED_INITIALS) != 0) {
          flags |= NAME_JOINED_INITIALS;
        }
        boolean syllableRun =
            (kinds & PersonTokens.SYLLABLE) != 0
                && j + 1 < ids.length
                && (personFlags(ids[j + 1]) & PersonTokens.SYLLABLE) != 0;
        if ((kinds & PersonTokens.MARKED) != 0 || syllableRun) {
          flags |= NAME_WADE_GILES;
        }
      }
      personNameFlags[name] = (byte) flags;
    }
    return flags;
  }

  /** One listed name as {@link PersonRules} read it. */
  PersonRules.Side personSide(int name) {
    int[] ids = nameTokens[name];
    int n = ids.length;
    String[] nameWords = new String[n];
    String[] nameKeys = new String[n];
    String[] nameSkeletons = new String[n];
    int[] flags = new int[n];
    float[] nameWeights = new float[n];
    for (int j = 0; j < n; j++) {
      int token = ids[j];
      nameWords[j] = tokens[token];
      nameKeys[j] = keys[token];
      nameSkeletons[j] = skeleton(token);
      flags[j] = personFlags(token);
      nameWeights[j] = weights[token];
    }
    return new PersonRules.Side(nameWords, nameKeys, nameSkeletons, flags, nameWeights);
  }

  int nameCount() {
    return nameParty.length;
  }

  /**
   * Weight of a token by length (2..8) times an IDF factor (0.4..1): long rare words count most.
   */
  static float weight(int length, int documentFrequency, int nameCount) {
    double lengthFactor = Math.max(2, Math.min(8, length));
    if (documentFrequency <= 0) {
      return (float) lengthFactor;
    }
    double idf = Math.log((nameCount + 1.0) / documentFrequency) / Math.log(nameCount + 1.0);
    return (float) (lengthFactor * Math.max(0.4, Math.min(1.0, idf)));
  }
}
