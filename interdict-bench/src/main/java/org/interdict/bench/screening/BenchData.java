package org.interdict.bench.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.interdict.bench.BenchLists;
import org.interdict.lists.LoadedLists;
import org.interdict.model.Party;

/**
 * Shared inputs of the screening benchmarks: the real lists (directory from {@code
 * -Dinterdict.lists.dir}, else as {@link BenchLists} finds it) and a fixed, seeded query mix: half
 * list names with one typo and shuffled token order, half made-up names that should not match.
 */
final class BenchData {
  static final long SEED = 20261123L;
  private static final String[] GIVEN = {
    "John", "Maria", "Wei", "Olga", "Ahmed", "Fatima", "Pierre", "Yuki", "Carlos", "Anna", "Dmitri",
    "Priya", "Lars", "Chen", "Sofia", "Kwame", "Hans", "Aisha", "Mateo", "Ingrid"
  };
  private static final String[] FAMILY = {
    "Smithson", "Garcia", "Okafor", "Lindqvist", "Nakamura", "Petrovsky", "Haddad", "Dubois",
        "Kowalczyk", "Moretti",
    "Fernandes", "Andersen", "Novak", "Tanaka", "Oyelaran", "Schneider", "Brennan", "Castellano",
        "Virtanen", "Mensah"
  };

  private BenchData() {}

  static LoadedLists lists() {
    Optional<String> explicit = Optional.ofNullable(System.getProperty("interdict.lists.dir"));
    return BenchLists.load(
        BenchLists.locate(explicit)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no lists directory: set -Dinterdict.lists.dir or run from the repo root")));
  }

  static List<String> queries(List<Party> parties, int count) {
    Random random = new Random(SEED);
    List<String> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (i % 2 == 0) {
        queries.add(perturb(parties.get(random.nextInt(parties.size())).primaryName(), random));
      } else {
        queries.add(
            GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)]);
      }
    }
    return queries;
  }

  private static String perturb(String name, Random random) {
    String[] words = name.replace(",", "").split("\\s+");
    if (words.length > 1 && random.nextBoolean()) {
      String first = words[0];
      words[0] = words[words.length - 1];
      words[words.length - 1] = first;
    }
    String joined = String.join(" ", words);
    if (joined.length() > 4) {
      int at = 1 + random.nextInt(joined.length() - 2);
      joined =
          joined.substring(0, at)
              + joined.charAt(at + 1)
              + joined.charAt(at)
              + joined.substring(at + 2);
    }
    return joined;
  }
}
