package org.interdict.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.model.Party;
import org.interdict.model.PartyIdentifier;
import org.interdict.text.ConsonantKey;
import org.interdict.text.NamePipeline;
import org.interdict.text.NormalizedName;
import org.interdict.text.VariantKey;

/**
 * Normalizes every name of every party once and lays the results out as {@link IndexData}. Not
 * thread-safe.
 */
final class IndexBuilder {
  private final NamePipeline pipeline;
  private final Map<String, Integer> tokenIds = new HashMap<>();
  private final List<String> tokens = new ArrayList<>();
  private final List<IntList> postings = new ArrayList<>();
  private final Map<List<String>, Integer> stepListIds = new HashMap<>();
  private final List<List<String>> stepLists = new ArrayList<>();

  IndexBuilder(NamePipeline pipeline) {
    this.pipeline = pipeline;
  }

  IndexData build(Collection<Party> input) {
    Party[] parties = input.toArray(new Party[0]);
    IntList nameParty = new IntList(parties.length * 2);
    IntList nameIndex = new IntList(parties.length * 2);
    List<String> nameText = new ArrayList<>();
    List<int[]> nameTokens = new ArrayList<>();
    List<Long> legalMasks = new ArrayList<>();
    IntList nameSteps = new IntList(parties.length * 2);
    for (int p = 0; p < parties.length; p++) {
      List<String> names = parties[p].allNames();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < names.size(); i++) {
        NormalizedName normalized = pipeline.normalize(names.get(i));
        String signature = normalized.text() + "|" + normalized.legalForms();
        if (normalized.tokens().isEmpty() || !seen.add(signature)) {
          continue;
        }
        for (List<String> tokens : spellings(normalized.tokens())) {
          int nameId = nameParty.size();
          nameParty.add(p);
          nameIndex.add(i);
          nameText.add(names.get(i));
          nameTokens.add(tokenIds(tokens, nameId));
          legalMasks.add(LegalFormMask.of(normalized.legalForms()));
          List<String> steps =
              tokens == normalized.tokens() ? normalized.steps() : joined(normalized.steps());
          nameSteps.add(stepListIds.computeIfAbsent(steps, this::addStepList));
        }
      }
    }
    int nameCount = nameParty.size();
    int vocabulary = tokens.size();
    String[] keys = new String[vocabulary];
    float[] weights = new float[vocabulary];
    int[][] postingArrays = new int[vocabulary][];
    int[] gramCounts = new int[vocabulary];
    Map<Long, IntList> grams = new HashMap<>();
    Map<String, IntList> consonants = new HashMap<>();
    for (int t = 0; t < vocabulary; t++) {
      keys[t] = VariantKey.of(tokens.get(t));
      postingArrays[t] = postings.get(t).toArray();
      weights[t] = IndexData.weight(tokens.get(t).length(), postingArrays[t].length, nameCount);
      consonants.computeIfAbsent(ConsonantKey.of(keys[t]), c -> new IntList(2)).add(t);
      long[] tokenGrams = Grams.of(keys[t]);
      gramCounts[t] = tokenGrams.length;
      for (long gram : tokenGrams) {
        grams.computeIfAbsent(gram, g -> new IntList(4)).add(t);
      }
    }
    Map<Long, int[]> gramIndex = new HashMap<>(grams.size() * 2);
    grams.forEach((gram, ids) -> gramIndex.put(gram, ids.toArray()));
    Map<String, int[]> consonantIndex = new HashMap<>(consonants.size() * 2);
    consonants.forEach((key, ids) -> consonantIndex.put(key, ids.toArray()));
    long[] masks = new long[nameCount];
    for (int i = 0; i < nameCount; i++) {
      masks[i] = legalMasks.get(i);
    }
    return new IndexData(
        pipeline,
        parties,
        nameParty.toArray(),
        nameIndex.toArray(),
        nameText.toArray(new String[0]),
        nameTokens.toArray(new int[0][]),
        masks,
        nameSteps.toArray(),
        List.copyOf(stepLists),
        tokens.toArray(new String[0]),
        keys,
        weights,
        postingArrays,
        gramCounts,
        gramIndex,
        Map.copyOf(tokenIds),
        consonantIndex,
        identifierIndex(parties));
  }

  /**
   * The folded value of every listed identifier to the parties carrying it, ascending (a party once
   * per value, whatever the identifier's kind).
   */
  static Map<String, int[]> identifierIndex(Party[] parties) {
    Map<String, IntList> byValue = new HashMap<>();
    for (int p = 0; p < parties.length; p++) {
      for (PartyIdentifier identifier : parties[p].features().identifiers()) {
        IntList holders = byValue.computeIfAbsent(identifier.value(), v -> new IntList(1));
        if (holders.size() == 0 || holders.last() != p) {
          holders.add(p);
        }
      }
    }
    Map<String, int[]> index = new HashMap<>(byValue.size() * 2);
    byValue.forEach((value, holders) -> index.put(value, holders.toArray()));
    return index;
  }

  /** Id of the pseudo-step recorded for the run-together spellings added by {@link #spellings}. */
  static final String JOIN_WORDS = "join-words";

  /**
   * The tokens of a name, plus, for names of two or three short words, the words run together
   * ({@code rami makhlouf -> ramimakhlouf}, and for two words also reversed), so queries that omit
   * spaces find them.
   */
  static List<List<String>> spellings(List<String> tokens) {
    int length = tokens.stream().mapToInt(String::length).sum();
    if (tokens.size() < 2 || tokens.size() > 3 || length > 30) {
      return List.of(tokens);
    }
    String forward = String.join("", tokens);
    if (tokens.size() == 2) {
      return List.of(tokens, List.of(forward), List.of(tokens.get(1) + tokens.get(0)));
    }
    return List.of(tokens, List.of(forward));
  }

  private static List<String> joined(List<String> steps) {
    List<String> withJoin = new ArrayList<>(steps);
    withJoin.add(JOIN_WORDS);
    return List.copyOf(withJoin);
  }

  private int addStepList(List<String> steps) {
    stepLists.add(steps);
    return stepLists.size() - 1;
  }

  private int[] tokenIds(List<String> nameTokens, int nameId) {
    int[] ids = new int[nameTokens.size()];
    for (int i = 0; i < ids.length; i++) {
      String token = nameTokens.get(i);
      Integer id = tokenIds.get(token);
      if (id == null) {
        id = tokens.size();
        tokenIds.put(token, id);
        tokens.add(token);
        postings.add(new IntList(2));
      }
      IntList posting = postings.get(id);
      if (posting.size() == 0 || posting.last() != nameId) {
        posting.add(nameId);
      }
      ids[i] = id;
    }
    return ids;
  }
}
