package org.interdict.bench.devset;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.model.Party;
import org.interdict.model.PartyType;

/**
 * Writes the screening dev set {@code devset.csv} ({@code query,expected_id,category,variant}) from
 * the real lists in the shared folder plus the bundled curated snapshot, with a fixed seed so a
 * rerun on the same data gives the same file.
 *
 * <p>Usage: {@code DevSetGenerator [listsDir] [outputCsv]}; defaults {@code ../shared/data/lists}
 * and {@code interdict-bench/src/main/resources/devset/devset.csv}.
 */
public final class DevSetGenerator {
  static final long SEED = 20240621L;
  private static final List<String> SOURCES =
      List.of(
          "us-ofac-sdn",
          "us-ofac-non-sdn",
          "us-csl",
          "un-sc-consolidated",
          "us-bis-dpl",
          "interdict-curated");

  /**
   * Picks per round for each source: roughly in proportion to list size, with the small lists still
   * present.
   */
  private static final Map<String, Integer> WEIGHTS =
      Map.of(
          "us-ofac-sdn",
          5,
          "us-ofac-non-sdn",
          1,
          "us-csl",
          3,
          "un-sc-consolidated",
          3,
          "us-bis-dpl",
          1,
          "interdict-curated",
          1);

  private final List<Party> parties;
  private final Map<String, Set<String>> partiesByKey = new HashMap<>();
  private final Random random = new Random(SEED);
  private final Set<String> usedQueries = new HashSet<>();
  private final List<DevSetRow> rows = new ArrayList<>();

  DevSetGenerator(List<Party> parties) {
    this.parties = List.copyOf(parties);
    for (Party party : parties) {
      for (String name : party.allNames()) {
        partiesByKey.computeIfAbsent(NameKeys.key(name), any -> new HashSet<>()).add(party.id());
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Path listsDir = Path.of(args.length > 0 ? args[0] : "../shared/data/lists");
    Path output =
        Path.of(args.length > 1 ? args[1] : "interdict-bench/src/main/resources/devset/devset.csv");
    LoadedLists loaded = ListLoader.fromDirectory(listsDir).plus(ListLoader.bundled());
    List<DevSetRow> rows = new DevSetGenerator(loaded.parties()).generate();
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      out.write(DevSetRow.HEADER + "\n");
      for (DevSetRow row : rows) {
        out.write(row.toCsv() + "\n");
      }
    }
    Map<String, Integer> counts = new TreeMap<>();
    rows.forEach(row -> counts.merge(row.category() + " " + row.variant(), 1, Integer::sum));
    StringBuilder summary = new StringBuilder("Wrote " + rows.size() + " rows to " + output + "\n");
    counts.forEach(
        (variant, count) ->
            summary.append("  ").append(variant).append(": ").append(count).append('\n'));
    loaded.lists().forEach(info -> summary.append("  from ").append(info.describe()).append('\n'));
    System.out.print(summary);
  }

  List<DevSetRow> generate() {
    Variants variants = new Variants(random);
    Respellings respellings = new Respellings(random);
    kaspersky();
    positives("exact", 90, party -> Optional.of(party.primaryName()));
    positives("case-punct", 110, variants::casePunctuation);
    positives("reorder", 180, variants::reorder);
    positives("typo", 230, variants::typo);
    positives("transliteration", 190, respellings::transliteration);
    positives("legal-form", 160, respellings::legalForm);
    positives("drop-token", 150, variants::dropToken);
    positives("initials", 110, variants::initials);
    positives("alias", 160, this::alias);
    positives("original-script", 90, this::originalScript);
    negatives();
    return List.copyOf(rows);
  }

  /**
   * Hand-written variants of the curated Kaspersky entries, the parties this project exists for.
   */
  private void kaspersky() {
    for (String[] c : KasperskyCases.CASES) {
      addPositive(c[0], "interdict-curated:" + c[1], c[2]);
    }
  }

  private Optional<String> alias(Party party) {
    List<String> aliases = new ArrayList<>(party.aliases());
    Collections.shuffle(aliases, random);
    return aliases.stream()
        .filter(
            alias -> !NameKeys.nonLatin(alias) && alias.replaceAll("[^\\p{L}]", "").length() >= 5)
        .filter(alias -> !alias.matches(".*[\"\u201C\u201D'].*"))
        .filter(alias -> !NameKeys.key(alias).equals(NameKeys.key(party.primaryName())))
        .findFirst();
  }

  private Optional<String> originalScript(Party party) {
    return party.aliases().stream().filter(NameKeys::nonLatin).findFirst();
  }

  /** Up to {@code quota} positives of one variant, taking parties from each source in turn. */
  private void positives(String variant, int quota, Function<Party, Optional<String>> derive) {
    Map<String, List<Party>> bySource = new LinkedHashMap<>();
    SOURCES.forEach(source -> bySource.put(source, new ArrayList<>()));
    for (Party party : parties) {
      String source = party.source().listId().split("/")[0];
      if (bySource.containsKey(source)
          && uniqueName(party)
          && !party.source().listId().equals("us-csl/sdn")) {
        bySource.get(source).add(party);
      }
    }
    bySource.values().forEach(list -> Collections.shuffle(list, random));
    Map<String, Integer> next = new HashMap<>();
    int added = 0;
    boolean progress = true;
    while (added < quota && progress) {
      progress = false;
      for (int pick = 0; pick < 5 * SOURCES.size(); pick++) {
        String source = SOURCES.get(pick % SOURCES.size());
        if (pick / SOURCES.size() >= WEIGHTS.get(source)) {
          continue;
        }
        List<Party> candidates = bySource.get(source);
        int index = next.getOrDefault(source, 0);
        while (index < candidates.size() && added < quota) {
          Party party = candidates.get(index++);
          if (balanced(party, variant)
              && derive.apply(party).map(q -> addPositive(q, party.id(), variant)).orElse(false)) {
            added++;
            progress = true;
            break;
          }
        }
        next.put(source, index);
      }
    }
  }

  /** Keeps a mix of people and organisations for variants that apply to both. */
  private boolean balanced(Party party, String variant) {
    if (variant.equals("exact") || variant.equals("typo") || variant.equals("case-punct")) {
      return party.type() != PartyType.INDIVIDUAL || random.nextInt(3) > 0;
    }
    return true;
  }

  private boolean uniqueName(Party party) {
    Set<String> owners = partiesByKey.getOrDefault(NameKeys.key(party.primaryName()), Set.of());
    return owners.stream().allMatch(owner -> sameParty(owner, party.id()));
  }

  /**
   * The CSL republishes the OFAC non-SDN lists; a query for a non-SDN entry that also finds its CSL
   * copy is not ambiguous, so those copies are tolerated (and only those).
   */
  private static boolean sameParty(String owner, String expectedId) {
    return owner.equals(expectedId)
        || (expectedId.startsWith("us-ofac-non-sdn:")
            && TREASURY_COPIES.stream().anyMatch(owner::startsWith));
  }

  private static final List<String> TREASURY_COPIES =
      List.of(
          "us-csl/sectoral-sanctions-identifications:",
          "us-csl/non-sdn-",
          "us-csl/foreign-sanctions-evaders:",
          "us-csl/palestinian-legislative-council:",
          "us-csl/capta-list:");

  private boolean addPositive(String query, String expectedId, String variant) {
    String key = NameKeys.key(query);
    Set<String> owners = partiesByKey.getOrDefault(key, Set.of());
    boolean ambiguous = owners.stream().anyMatch(owner -> !sameParty(owner, expectedId));
    if (key.isEmpty() || ambiguous || !usedQueries.add(query)) {
      return false;
    }
    rows.add(DevSetRow.positive(query, expectedId, variant));
    return true;
  }

  private boolean addNegative(String query, String variant) {
    String key = NameKeys.key(query);
    if (key.isEmpty() || partiesByKey.containsKey(key) || !usedQueries.add(query)) {
      return false;
    }
    rows.add(DevSetRow.negative(query, variant));
    return true;
  }

  private void negatives() {
    Negatives negatives = new Negatives(random);
    Negatives.HARD.forEach(name -> addNegative(name, "negative-hard"));
    negatives.recombined(parties, 160, name -> addNegative(name, "negative-hard"));
    negatives.people(name -> addNegative(name, "negative-real-name"));
    negatives.companies(300, name -> addNegative(name, "negative-real-name"));
  }
}
