package org.interdict.bench.devset;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import net.datafaker.Faker;
import org.interdict.model.Party;
import org.interdict.model.PartyType;

/**
 * Negative queries: names of people and companies that are not on any loaded list. Person and
 * company names come from Datafaker's Apache-2.0 name data (real given names and surnames of many
 * languages, combined with a seed); hard negatives are hand-picked real names close to listed ones,
 * and listed given names paired with listed surnames of other people of the same nationality. Every
 * candidate is checked by the caller against all list names.
 */
final class Negatives {
  /** Real organisations and people that resemble listed names but are not listed. */
  static final List<String> HARD =
      List.of(
          "Kasparov Chess Foundation",
          "Garry Kasparov",
          "Eugene Kaspersky",
          "Yevgeny Kaspersky",
          "Casper Sleep Inc.",
          "Pango Group",
          "UltraAV",
          "Alfa Laval AB",
          "Banco Nacional de Costa Rica",
          "Banco Nacional de Panama",
          "National Bank of Canada",
          "National Bank of Greece",
          "Bank of Cyprus",
          "Cuba Libre Restaurant",
          "Korea Exchange Bank",
          "Syrian American Medical Society",
          "Al Jazeera Media Network",
          "Al Rajhi Bank",
          "Emirates NBD",
          "Qatar Airways",
          "Turkish Airlines",
          "Vladimir Nabokov",
          "Fyodor Dostoevsky",
          "Leo Tolstoy",
          "Anna Pavlova",
          "Maria Sharapova",
          "Alexander Ovechkin",
          "Sergey Brin",
          "Pavel Durov",
          "Nikolai Durov",
          "Arkady Volozh",
          "Igor Sikorsky",
          "Mikhail Baryshnikov",
          "Yuri Gagarin",
          "Valentina Tereshkova",
          "Andrei Tarkovsky",
          "Dmitri Shostakovich",
          "Mohamed Salah",
          "Mohammed bin Rashid Al Maktoum",
          "Muhammad Ali",
          "Omar Sharif",
          "Naguib Mahfouz",
          "Kim Yuna",
          "Kim Jong-kook",
          "Park Ji-sung",
          "Lee Kun-hee",
          "Samsung Electronics Co., Ltd.",
          "Hyundai Motor Company",
          "Toyota Motor Corporation",
          "Siemens AG",
          "Microsoft Corporation",
          "Novartis AG",
          "Nestle S.A.",
          "Unilever PLC",
          "Shell plc",
          "BP p.l.c.",
          "TotalEnergies SE",
          "Tencent Holdings Limited",
          "Alibaba Group Holding Limited",
          "Lenovo Group Limited",
          "Xiaomi Corporation",
          "Tata Consultancy Services Limited",
          "Infosys Limited",
          "Wipro Limited",
          "Emirates Airline",
          "Saudi Aramco",
          "Petrobras",
          "Pemex",
          "Ecopetrol S.A.",
          "Banco de Bogota",
          "Banco do Brasil S.A.",
          "Credit Suisse Group AG",
          "Deutsche Bank AG",
          "Raiffeisen Bank International AG",
          "UniCredit S.p.A.",
          "Kaspi Bank JSC",
          "Halyk Bank JSC",
          "Yandex N.V.",
          "Ozon Holdings PLC",
          "Kaspersky Street Bakery",
          "Kasper Schmeichel",
          "Kasperi Kapanen");

  private static final String[][] LOCALES = {
    {"en-US", "260"},
    {"ru", "110"},
    {"uk", "50"},
    {"de", "60"},
    {"fr", "60"},
    {"es", "60"},
    {"tr", "50"},
    {"fa", "40"},
    {"it", "40"},
    {"pl", "40"},
    {"en-IN", "40"},
    {"en-NG", "30"},
    {"pt-BR", "30"},
    {"zh-CN", "30"}
  };

  private final Random random;
  private final Transliterator russianLatin = Transliterator.getInstance("Russian-Latin/BGN");

  Negatives(Random random) {
    this.random = random;
  }

  /** Person names from many languages; some in list style ({@code SURNAME, Given}). */
  List<String> people(Predicate<String> accept) {
    List<String> names = new ArrayList<>();
    for (String[] locale : LOCALES) {
      Faker faker = new Faker(Locale.forLanguageTag(locale[0]), new Random(random.nextLong()));
      int wanted = Integer.parseInt(locale[1]);
      for (int attempt = 0, found = 0; found < wanted && attempt < wanted * 5; attempt++) {
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String name =
            random.nextInt(5) == 0
                ? last.toUpperCase(Locale.forLanguageTag(locale[0])) + ", " + first
                : first + " " + last;
        if (locale[0].equals("ru") && random.nextInt(3) > 0) {
          name = russianLatin.transliterate(name);
        }
        if (accept.test(name)) {
          names.add(name);
          found++;
        }
      }
    }
    return names;
  }

  /** Company names with legal forms of several countries. */
  List<String> companies(int wanted, Predicate<String> accept) {
    String[] forms = {
      "LLC", "Ltd", "Inc.", "GmbH", "S.A.", "OOO", "JSC", "Co., Ltd.", "Corp.", "PLC", ""
    };
    Faker faker = new Faker(Locale.US, new Random(random.nextLong()));
    List<String> names = new ArrayList<>();
    for (int attempt = 0; names.size() < wanted && attempt < wanted * 5; attempt++) {
      String base =
          random.nextBoolean()
              ? faker.company().name()
              : faker.name().lastName()
                  + " "
                  + faker.commerce().department().split("[ ,&]")[0]
                  + " "
                  + faker.company().industry().split("[ /]")[0];
      String form = forms[random.nextInt(forms.length)];
      String name = (base.replaceAll("\\s+(LLC|Inc|Group|and Sons|Ltd)$", "") + " " + form).strip();
      if (accept.test(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /** A listed given name with a listed surname of another person of the same nationality. */
  List<String> recombined(List<Party> parties, int wanted, Predicate<String> accept) {
    List<PersonName> people = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    for (Party party : parties) {
      if (party.type() == PartyType.INDIVIDUAL
          && !party.countries().isEmpty()
          && party.source().listId().startsWith("us-ofac-sdn")) {
        PersonName name = PersonName.parse(party.primaryName());
        if (name.usable() && name.surnameFirst()) {
          people.add(name);
          countries.add(party.countries().get(0));
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (int attempt = 0;
        names.size() < wanted && attempt < wanted * 20 && people.size() > 1;
        attempt++) {
      int a = random.nextInt(people.size());
      int b = random.nextInt(people.size());
      if (a == b || !countries.get(a).equals(countries.get(b))) {
        continue;
      }
      String given = people.get(a).given().get(0);
      String surname = String.join(" ", people.get(b).surname());
      // Skip pairs a reader would see as odd (a Slavic female surname with another person's given
      // name).
      boolean femaleSurname = surname.matches("(?i).*(ova|eva|ina|aya|skaya)");
      String name = given + " " + surname;
      if (!femaleSurname && given.length() > 2 && accept.test(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
