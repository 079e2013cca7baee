package org.interdict.bench.rescreen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.interdict.model.Party;
import org.interdict.screening.delta.StoredParty;

/**
 * Seeded stored parties for the harness: Datafaker people and companies from several locales, plus
 * respellings (two letters swapped, words rotated) of list names, so some stored parties sit near
 * the changed entries.
 */
final class StoredPartyGenerator {
  private static final String[] LOCALES = {
    "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL"
  };

  private StoredPartyGenerator() {}

  static List<StoredParty> generate(int count, List<Party> near, int nearCount, long seed) {
    Random random = new Random(seed);
    List<Faker> fakers = new ArrayList<>();
    for (String locale : LOCALES) {
      fakers.add(new Faker(Locale.forLanguageTag(locale), new Random(random.nextLong())));
    }
    List<StoredParty> parties = new ArrayList<>(count);
    for (int i = 0; i < nearCount && !near.isEmpty(); i++) {
      parties.add(
          new StoredParty(
              "near-" + i, respell(near.get(random.nextInt(near.size())).primaryName(), random)));
    }
    for (int i = parties.size(); i < count; i++) {
      Faker faker = fakers.get(random.nextInt(fakers.size()));
      String name = random.nextInt(3) == 0 ? faker.company().name() : faker.name().fullName();
      parties.add(new StoredParty("p-" + i, name));
    }
    return parties;
  }

  private static String respell(String name, Random random) {
    String[] words = name.replace(",", " ").strip().split("\\s+");
    if (words.length > 1 && random.nextBoolean()) {
      String first = words[0];
      System.arraycopy(words, 1, words, 0, words.length - 1);
      words[words.length - 1] = first;
    }
    String joined = String.join(" ", words);
    if (joined.length() > 4) {
      int at = 1 + random.nextInt(joined.length() - 3);
      joined =
          joined.substring(0, at)
              + joined.charAt(at + 1)
              + joined.charAt(at)
              + joined.substring(at + 2);
    }
    return joined;
  }
}
