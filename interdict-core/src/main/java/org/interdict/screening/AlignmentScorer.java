package org.interdict.screening;

import java.util.ArrayList;
import java.util.List;
import org.interdict.model.PartyType;

/**
 * The scorer {@value #ID}: aligns query tokens with list-name tokens greedily, best pair first,
 * each token used once (so token order does not matter), then
 *
 * <pre>
 *   base  = sum over pairs of sim * (wq + B*wl) / (sum of all wq + B * sum of all wl)     B = {@value #LIST_WEIGHT}
 *   score = base * order * legal-form * type        (1.0 when both names have the same tokens and forms)
 * </pre>
 *
 * where w are token weights (length times IDF), unmatched list tokens cost less than unmatched
 * query tokens (lists carry middle names and patronymics queries often omit), {@code order} is 0.97
 * when aligned tokens are neither in order nor reversed, {@code legal-form} 0.95 when both names
 * carry legal forms and none agree, {@code type} 0.9 when the query carries a legal form but the
 * party is an individual. Stateless and thread-safe.
 */
final class AlignmentScorer {
  static final String ID = "aligned-tokens-v1";
  static final double LIST_WEIGHT = 0.35;
  static final double ORDER_PENALTY = 0.97;
  static final double LEGAL_FORM_PENALTY = 0.95;
  static final double TYPE_PENALTY = 0.9;

  private AlignmentScorer() {}

  /**
   * The alignment of one query with one name: chosen pairs as parallel arrays of query and name
   * positions.
   */
  record Alignment(
      int[] queryPositions,
      int[] namePositions,
      double[] similarities,
      double score,
      double[] parts,
      String[] methods) {

    /**
     * The method id of pair {@code i} when a {@link CompoundPairs} group made it, else null (the
     * method follows from the similarity, {@link TokenSimilarity#method}).
     */
    String compoundMethod(int i) {
      return methods == null ? null : methods[i];
    }
  }

  static Alignment align(IndexData data, PreparedQuery query, int name) {
    return align(data, query, name, false, false);
  }

  /**
   * The alignment under {@code scorer}: {@code entity-v1} also pairs given names with their short
   * forms and applies its {@link NameRules}; any other scorer aligns as {@value #ID}.
   */
  static Alignment align(IndexData data, PreparedQuery query, int name, String scorer) {
    return align(
        data, query, name, EntityScorer.isEntity(scorer), EntityScorer.hasNameRulesV2(scorer));
  }

  /**
   * {@code rules}: entity-v1's nicknames and {@link NameRules}; {@code rulesV2} (entity-v2) also
   * the person-name rules and the compound pairs of organizations' names.
   */
  private static Alignment align(
      IndexData data, PreparedQuery query, int name, boolean rules, boolean rulesV2) {
    int[] nameTokens = data.nameTokens[name];
    int nq = query.tokens.length;
    int nn = nameTokens.length;
    long[] candidates = new long[nq * nn];
    int count = 0;
    boolean initials = initialsAllowed(data, name);
    for (int q = 0; q < nq; q++) {
      for (int j = 0; j < nn; j++) {
        double sim = similarity(data, query, q, nameTokens[j], initials);
        if (sim >= CandidateFinder.MIN_PAIR) {
          candidates[count++] =
              ((long) Float.floatToIntBits((float) sim) << 32) | ((long) q << 16) | j;
        }
      }
    }
    java.util.Arrays.sort(candidates, 0, count);
    boolean[] usedQ = new boolean[nq];
    boolean[] usedN = new boolean[nn];
    int[] qs = new int[Math.min(nq, nn)];
    int[] ns = new int[qs.length];
    double[] sims = new double[qs.length];
    int pairs = 0;
    for (int i = count - 1; i >= 0 && pairs < qs.length; i--) {
      int q = (int) ((candidates[i] >>> 16) & 0xFFFF);
      int j = (int) (candidates[i] & 0xFFFF);
      if (!usedQ[q] && !usedN[j]) {
        usedQ[q] = true;
        usedN[j] = true;
        qs[pairs] = q;
        ns[pairs] = j;
        sims[pairs] = Float.intBitsToFloat((int) (candidates[i] >>> 32));
        pairs++;
      }
    }
    int nicknames = 0;
    if (rules && pairs < qs.length) {
      int before = pairs;
      pairs = pairNicknames(data, query, nameTokens, usedQ, usedN, qs, ns, sims, pairs);
      nicknames = pairs - before;
    }
    if (!rulesV2) {
      return score(
          data,
          query,
          name,
          java.util.Arrays.copyOf(qs, pairs),
          java.util.Arrays.copyOf(ns, pairs),
          java.util.Arrays.copyOf(sims, pairs),
          null,
          rules ? nicknames : -1,
          null);
    }
    Person person = null;
    if (data.nameInitialsAllowed[name]) {
      PersonRules.Side list = data.personSide(name);
      PersonRules.Pairing pairing =
          PersonRules.pair(query.personSide(data), list, usedQ, usedN, qs, ns, sims, pairs);
      pairs = pairing.pairs();
      person = new Person(list, usedQ, usedN, pairing);
    }
    CompoundPairs.Found compound =
        CompoundPairs.find(data, query, name, usedQ, usedN, initials, qs, ns, sims, pairs);
    return score(data, query, name, withCompound(qs, ns, sims, pairs, compound), nicknames, person);
  }

  /** What {@link PersonRules} needs of an alignment of a person's name (entity-v2). */
  private record Person(
      PersonRules.Side list, boolean[] usedQ, boolean[] usedN, PersonRules.Pairing pairing) {}

  /** The one-to-one pairs followed by {@link CompoundPairs}' groups, with weight shares. */
  private static Pairs withCompound(
      int[] qs, int[] ns, double[] sims, int pairs, CompoundPairs.Found compound) {
    if (compound.isEmpty()) {
      return new Pairs(
          java.util.Arrays.copyOf(qs, pairs),
          java.util.Arrays.copyOf(ns, pairs),
          java.util.Arrays.copyOf(sims, pairs),
          null,
          null,
          null,
          compound.counts);
    }
    int total = pairs + compound.size();
    Pairs all =
        new Pairs(
            java.util.Arrays.copyOf(qs, total),
            java.util.Arrays.copyOf(ns, total),
            java.util.Arrays.copyOf(sims, total),
            new double[total],
            new double[total],
            new String[total],
            compound.counts);
    java.util.Arrays.fill(all.queryShares, 0, pairs, 1.0);
    java.util.Arrays.fill(all.nameShares, 0, pairs, 1.0);
    for (int i = 0; i < compound.upgraded.size(); i++) {
      all.methods[compound.upgraded.get(i)] = CompoundPairs.METHODS[0];
    }
    for (int i = 0; i < compound.size(); i++) {
      double[] values = compound.values.get(i);
      all.qs[pairs + i] = compound.queryPositions.get(i);
      all.ns[pairs + i] = compound.namePositions.get(i);
      all.sims[pairs + i] = values[0];
      all.queryShares[pairs + i] = values[1];
      all.nameShares[pairs + i] = values[2];
      all.methods[pairs + i] = CompoundPairs.METHODS[(int) values[3]];
    }
    return all;
  }

  /**
   * Entity-v1's pairs: each token's share of its weight in a pair, and compound methods (shares and
   * methods null when no compound pair was found).
   */
  private record Pairs(
      int[] qs,
      int[] ns,
      double[] sims,
      double[] queryShares,
      double[] nameShares,
      String[] methods,
      int[] compoundCounts) {}

  private static Alignment score(
      IndexData data, PreparedQuery query, int name, Pairs pairs, int nicknames, Person person) {
    return score(data, query, name, pairs.qs, pairs.ns, pairs.sims, pairs, nicknames, person);
  }

  /**
   * Pairs query tokens left unaligned with unaligned list tokens that are their full given name or
   * short form ({@link Nicknames}), at {@link TokenSimilarity#NICKNAME}; returns the new pair
   * count. Only tokens the edit-distance similarity left over are looked up.
   */
  private static int pairNicknames(
      IndexData data,
      PreparedQuery query,
      int[] nameTokens,
      boolean[] usedQ,
      boolean[] usedN,
      int[] qs,
      int[] ns,
      double[] sims,
      int pairs) {
    Nicknames nicknames = Nicknames.standard();
    for (int q = 0; q < usedQ.length && pairs < qs.length; q++) {
      Nicknames.Forms forms = query.nicknames[q];
      if (usedQ[q] || forms == null) {
        continue;
      }
      for (int j = 0; j < usedN.length; j++) {
        if (!usedN[j]
            && data.tokens[nameTokens[j]].length() > 1
            && nicknames.equivalent(forms, data.keys[nameTokens[j]])) {
          usedQ[q] = true;
          usedN[j] = true;
          qs[pairs] = q;
          ns[pairs] = j;
          sims[pairs] = TokenSimilarity.NICKNAME;
          pairs++;
          break;
        }
      }
    }
    return pairs;
  }

  static double similarity(
      IndexData data, PreparedQuery query, int q, int token, boolean initialsAllowed) {
    String listToken = data.tokens[token];
    if (initialsAllowed && (query.tokens[q].length() == 1 || listToken.length() == 1)) {
      return TokenSimilarity.of(query.tokens[q], query.keys[q], listToken, data.keys[token]);
    }
    return query.similarity(q, token);
  }

  /**
   * Single letters abbreviate given names of people; in an organization's name a letter is just a
   * letter.
   */
  static boolean initialsAllowed(IndexData data, int name) {
    PartyType type = data.parties[data.nameParty[name]].type();
    return type == PartyType.INDIVIDUAL || type == PartyType.UNKNOWN;
  }

  /**
   * Scores the chosen pairs; {@code nicknames} is the number of nickname pairs under the rules of
   * entity-v1, -1 for {@value #ID} (no rules, and its seven parts alone).
   */
  private static Alignment score(
      IndexData data,
      PreparedQuery query,
      int name,
      int[] qs,
      int[] ns,
      double[] sims,
      Pairs shares,
      int nicknames,
      Person person) {
    int[] nameTokens = data.nameTokens[name];
    double queryWeight = query.totalWeight;
    double listWeight = 0;
    for (int token : nameTokens) {
      listWeight += data.weights[token];
    }
    double numerator = 0;
    double pairWeight = 0;
    double matchedQ = 0;
    double matchedL = 0;
    boolean allExact = qs.length == query.tokens.length && qs.length == nameTokens.length;
    for (int i = 0; i < qs.length; i++) {
      double wq = query.weights[qs[i]];
      double wl = data.weights[nameTokens[ns[i]]];
      if (shares != null && shares.queryShares != null) {
        wq *= shares.queryShares[i];
        wl *= shares.nameShares[i];
      }
      numerator += sims[i] * (wq + LIST_WEIGHT * wl);
      pairWeight += wq + LIST_WEIGHT * wl;
      matchedQ += wq;
      matchedL += wl;
      allExact &= sims[i] >= 1.0;
    }
    long nameMask = data.nameLegalMask[name];
    boolean sameForms = nameMask == query.legalMask;
    double base =
        allExact && sameForms ? 1.0 : numerator / (queryWeight + LIST_WEIGHT * listWeight);
    double order = inOrderOrReversed(qs, ns) ? 1.0 : ORDER_PENALTY;
    double legal =
        nameMask != 0 && query.legalMask != 0 && (nameMask & query.legalMask) == 0
            ? LEGAL_FORM_PENALTY
            : 1.0;
    double type =
        query.legalMask != 0 && data.parties[data.nameParty[name]].type() == PartyType.INDIVIDUAL
            ? TYPE_PENALTY
            : 1.0;
    double score = Math.max(0.0, Math.min(1.0, base * order * legal * type));
    double listCoverage = listWeight == 0 ? 0 : matchedL / listWeight;
    // entity-v2's parts: the person rules' (ones for a name they do not apply to) and, with
    // shares, the compound pairs' and organization rules'
    double[] personParts =
        nicknames < 0 || shares == null ? NO_RULES : new double[PersonRules.PART_IDS.size()];
    double unmatchedListShare = 1 - listCoverage;
    if (person != null) {
      PersonRules.Factors factors =
          PersonRules.factors(
              query.personSide(data),
              person.list(),
              person.usedQ(),
              person.usedN(),
              person.pairing(),
              qs,
              ns,
              sims,
              queryWeight + LIST_WEIGHT * listWeight);
      personParts[0] = person.pairing().connectors();
      personParts[1] = person.pairing().skeletons();
      personParts[2] = person.pairing().wadeGiles();
      personParts[3] = person.pairing().initials();
      System.arraycopy(
          factors.values(), 0, personParts, PersonRules.COUNTS, factors.values().length);
      double costing = listWeight - factors.listDiscount();
      unmatchedListShare = costing <= 0 ? 0 : Math.max(0, (costing - matchedL) / costing);
    } else if (personParts.length > 0) {
      java.util.Arrays.fill(personParts, PersonRules.COUNTS, personParts.length, 1.0);
    }
    double[] nameRules =
        nicknames < 0
            ? NO_RULES
            : NameRules.parts(
                data, query, name, qs, ns, sims, nicknames, unmatchedListShare, score);
    double[] rules = new double[nameRules.length + personParts.length];
    System.arraycopy(nameRules, 0, rules, 0, nameRules.length);
    System.arraycopy(personParts, 0, rules, nameRules.length, personParts.length);
    double[] organization =
        shares == null
            ? NO_RULES
            : OrganizationNameRules.parts(data, query, name, qs, ns, sims, shares.methods);
    double[] parts =
        new double
            [PART_IDS.size() + rules.length + 3 * (shares == null ? 0 : 1) + organization.length];
    parts[0] = pairWeight == 0 ? 0 : numerator / pairWeight;
    parts[1] = queryWeight == 0 ? 0 : matchedQ / queryWeight;
    parts[2] = listCoverage;
    parts[3] = base;
    parts[4] = order;
    parts[5] = legal;
    parts[6] = type;
    System.arraycopy(rules, 0, parts, PART_IDS.size(), rules.length);
    if (rules.length > 0) {
      score = Math.min(1.0, score * NameRules.factor(nameRules) * PersonRules.factor(personParts));
    }
    if (shares == null) {
      return new Alignment(qs, ns, sims, score, parts, null);
    }
    int at = PART_IDS.size() + rules.length;
    for (int kind = 0; kind < shares.compoundCounts.length; kind++) {
      parts[at++] = shares.compoundCounts[kind];
    }
    System.arraycopy(organization, 0, parts, at, organization.length);
    score *= OrganizationNameRules.factor(organization);
    return new Alignment(qs, ns, sims, score, parts, shares.methods);
  }

  private static final double[] NO_RULES = new double[0];

  /** The parts of every alignment; entity-v1's are followed by {@link NameRules#PART_IDS}. */
  static final List<String> PART_IDS =
      List.of(
          "token-similarity",
          "query-coverage",
          "list-coverage",
          "base",
          "order",
          "legal-form",
          "type");

  /** How many of the first {@link #PART_IDS} measure the alignment; the others are factors. */
  static final int MEASURES = 4;

  /**
   * The parts of an entity-v2 alignment (entity-v1's are its first {@code PART_IDS.size() +
   * NameRules.PART_IDS.size()}): {@link #PART_IDS}, {@link NameRules#PART_IDS}, {@link
   * PersonRules#PART_IDS}, {@link CompoundPairs#PART_IDS}, {@link OrganizationNameRules#PART_IDS};
   * those of {@value #ID} are its first {@code PART_IDS.size()}.
   */
  static final List<String> ENTITY_PART_IDS = entityPartIds();

  private static List<String> entityPartIds() {
    List<String> ids = new ArrayList<>(PART_IDS);
    ids.addAll(NameRules.PART_IDS);
    ids.addAll(PersonRules.PART_IDS);
    ids.addAll(CompoundPairs.PART_IDS);
    ids.addAll(OrganizationNameRules.PART_IDS);
    return List.copyOf(ids);
  }

  static List<ScorePart> parts(Alignment alignment) {
    double[] values = alignment.parts();
    List<ScorePart> parts = new ArrayList<>(values.length + 1);
    for (int i = 0; i < values.length; i++) {
      parts.add(new ScorePart(ENTITY_PART_IDS.get(i), round(values[i])));
    }
    parts.add(new ScorePart(ScorePartId.FINAL_SCORE, round(alignment.score())));
    return parts;
  }

  static double round(double value) {
    return Math.round(value * 10000.0) / 10000.0;
  }

  private static boolean inOrderOrReversed(int[] qs, int[] ns) {
    boolean ascending = true;
    boolean descending = true;
    for (int i = 1; i < qs.length; i++) {
      // pairs are in alignment order; compare list positions in query order
      for (int k = 0; k < i; k++) {
        if (qs[k] == qs[i] || ns[k] == ns[i]) {
          continue; // two pairs of one compound group (entity-v2)
        }
        boolean sameDirection = (qs[k] < qs[i]) == (ns[k] < ns[i]);
        ascending &= sameDirection;
        descending &= !sameDirection;
      }
    }
    return ascending || descending;
  }
}
