package org.interdict.screening;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.interdict.model.Countries;
import org.interdict.model.PartyType;
import org.interdict.text.LegalForms;

/**
 * The rules {@code entity-v2} applies to the names of organizations (listed entities, vessels and
 * aircraft; issue 11, ADR 016), each a named factor (1.0 when it does not apply):
 *
 * <pre>
 *   number-conflict  {@value #NUMBER_CONFLICT}  one name writes a number and the other none ({@link NumberTokens}:
 *                    digits, number words, Roman series markers; {@code Solutions II} / {@code
 *                    Solutions}, {@code Victory 3} / {@code Victory}, {@code Company 23} / {@code
 *                    Company}): a numbered fund, vessel or subsidiary is another entity than the
 *                    parent name. Two different numbers ({@code Fund III} / {@code Fund IV}, {@code
 *                    Snow Storm 1} / {@code 2}) are left alone: the labelled pairs call the members
 *                    of a series the same party. The same number written differently ({@code
 *                    Forty-Four} / {@code 44}) pairs ({@link CompoundPairs}).
 *   place-conflict   {@value #PLACE_CONFLICT}  the countries the names name differ, one name naming a country the
 *                    other does not or two different ones ({@code Banco Santander} / {@code Banco
 *                    Santander Chile}, {@code (Sweden) AB} / {@code (Finland) AB}): a national
 *                    subsidiary is another company. Countries by English name, one to three tokens,
 *                    through {@link Countries} (codes are not read: {@code co}, {@code sa} are words
 *                    of company names), and the abbreviations US, USA, UK and UAE.
 *   form-conflict    {@value #FORM_CONFLICT}  the names carry legal forms, none in common, two of them
 *                    alternatives of one legal system ({@code AG} / {@code GmbH}, {@code ANO} /
 *                    {@code OOO}, {@code plc} / {@code Ltd}; {@link LegalForms#EXCLUSIVE_FORMS}): a
 *                    company is registered with one form, so these are two registrations. Low
 *                    enough that the same words with such forms fall below the default threshold;
 *                    forms of different systems ({@code OOO} / {@code Ltd}) keep the milder
 *                    {@code legal-form} factor, translations being common.
 *   generic-words    {@value #GENERIC_ONLY}  every aligned token is a generic word of organization names
 *                    ({@link #GENERIC_WORDS}: the, foundation, trading, bank...) and each name keeps
 *                    an unaligned word that is not ({@code The BSF Foundation} / {@code The BIRD
 *                    Foundation}): what tells the two apart is exactly what differs.
 *   short-typo       {@value #SHORT_TYPO}^k for k pairs of tokens of at most {@value #SHORT} letters matched
 *                    by edit distance only ({@code nabc} / {@code abc}, {@code bsc} / {@code bsf}):
 *                    a short word of a company name is an acronym or code, and one letter more or
 *                    other is another one.
 * </pre>
 *
 * The values of number-conflict and place-conflict were chosen on the tuning half of nomenklatura's
 * cases only (docs/benchmarks.md, "Organization-name rules"); those of form-conflict, generic-words
 * and short-typo were set, not searched, at stop 29, some after held-out errors
 * (docs/benchmarks.md, "Stop 29"). Stateless.
 */
final class OrganizationNameRules {
  static final double NUMBER_CONFLICT = 0.75;
  static final double PLACE_CONFLICT = 0.82;
  static final double FORM_CONFLICT = 0.72;
  static final double GENERIC_ONLY = 0.8;
  static final double SHORT_TYPO = 0.85;
  static final int SHORT = 4;

  /**
   * Words that name what kind of organization a name is, not which one: articles and prepositions
   * of the languages lists write, and the commonest kind and activity words of listed entities'
   * names. Normalized forms ({@link org.interdict.text.SynonymStep} has mapped {@code labs}, {@code
   * gruppa}, {@code holdings}...).
   */
  static final java.util.Set<String> GENERIC_WORDS = genericWords();

  private static java.util.Set<String> genericWords() {
    // the function words compound pairs skip, and what the other languages' lists write for them
    java.util.Set<String> words = new java.util.HashSet<>(CompoundPairs.SKIPPED);
    words.addAll(List.of("in", "del", "le", "les", "el", "al", "y", "et", "und", "der", "die"));
    words.addAll(
        List.of(
            "group",
            "holding",
            "international",
            "trading",
            "trade",
            "industry",
            "industrial",
            "services",
            "service",
            "enterprise",
            "enterprises",
            "foundation",
            "fund",
            "association",
            "institute",
            "society",
            "organization",
            "organisation",
            "center",
            "centre",
            "bank",
            "trust",
            "general",
            "national",
            "global",
            "union",
            "committee",
            "council",
            "agency",
            "office",
            "authority",
            "network",
            "investment",
            "investments",
            "development",
            "technology",
            "engineering",
            "construction",
            "shipping",
            "logistics",
            "import",
            "export",
            "commercial",
            "financial",
            "finance",
            "energy",
            "media",
            "research",
            "laboratory",
            "partners",
            "management",
            "consulting",
            "solutions",
            "systems",
            "products",
            "supply",
            "factory",
            "plant",
            "works"));
    return java.util.Set.copyOf(words);
  }

  static final List<String> PART_IDS =
      List.of("number-conflict", "place-conflict", "form-conflict", "generic-words", "short-typo");

  private static final int MAX_PLACE_TOKENS = 3;

  /**
   * The abbreviations organization names write for countries ({@code U.S. Department of State}).
   */
  private static final java.util.Map<String, String> ABBREVIATIONS =
      java.util.Map.of("us", "US", "usa", "US", "uk", "GB", "uae", "AE");

  private OrganizationNameRules() {}

  /** Whether the rules apply to a listed party of this type. */
  static boolean applies(PartyType type) {
    return type == PartyType.ENTITY || type == PartyType.VESSEL || type == PartyType.AIRCRAFT;
  }

  /**
   * The factors, in {@link #PART_IDS} order; both sides' numbers and places were worked out once
   * ({@link OrganizationQuery}, {@link OrganizationIndex}), so a person's name costs one array
   * read.
   */
  static double[] parts(
      IndexData data,
      PreparedQuery query,
      int name,
      int[] qs,
      int[] ns,
      double[] sims,
      String[] compoundMethods) {
    OrganizationIndex index = data.organizations();
    int rules = index.rules(name);
    if ((rules & 1) == 0) {
      return NEUTRAL;
    }
    OrganizationQuery organization = query.organization(data);
    boolean number = organization.numbered != OrganizationIndex.numbered(rules);
    boolean place = organization.places() != OrganizationIndex.places(rules);
    boolean form = LegalFormMask.exclusive(data.nameLegalMask[name], query.legalMask);
    int[] nameTokens = data.nameTokens[name];
    boolean generic = genericOnly(data, query, nameTokens, qs, ns);
    int shortTypos = 0;
    for (int i = 0; i < qs.length; i++) {
      boolean compound = compoundMethods != null && compoundMethods[i] != null;
      if (!compound
          && sims[i] < TokenSimilarity.VARIANT - 1e-6
          && query.tokens[qs[i]].length() <= SHORT
          && data.tokens[nameTokens[ns[i]]].length() <= SHORT) {
        shortTypos++;
      }
    }
    if (!number && !place && !form && !generic && shortTypos == 0) {
      return NEUTRAL;
    }
    return new double[] {
      number ? NUMBER_CONFLICT : 1.0,
      place ? PLACE_CONFLICT : 1.0,
      form ? FORM_CONFLICT : 1.0,
      generic ? GENERIC_ONLY : 1.0,
      Math.pow(SHORT_TYPO, shortTypos)
    };
  }

  /**
   * Whether every aligned token is generic while each side keeps an unaligned word that is not; the
   * cheap counts first, as most candidates align all their words.
   */
  private static boolean genericOnly(
      IndexData data, PreparedQuery query, int[] nameTokens, int[] qs, int[] ns) {
    if (qs.length == 0 || qs.length >= query.tokens.length || qs.length >= nameTokens.length) {
      return false;
    }
    boolean[] alignedQ = new boolean[query.tokens.length];
    boolean[] alignedN = new boolean[nameTokens.length];
    for (int i = 0; i < qs.length; i++) {
      if (!GENERIC_WORDS.contains(data.tokens[nameTokens[ns[i]]])
          || !GENERIC_WORDS.contains(query.tokens[qs[i]])) {
        return false;
      }
      alignedQ[qs[i]] = true;
      alignedN[ns[i]] = true;
    }
    boolean distinctQ = false;
    for (int q = 0; q < alignedQ.length && !distinctQ; q++) {
      distinctQ = !alignedQ[q] && distinct(query.tokens[q]);
    }
    boolean distinctN = false;
    for (int j = 0; j < alignedN.length && !distinctN; j++) {
      distinctN = !alignedN[j] && distinct(data.tokens[nameTokens[j]]);
    }
    return distinctQ && distinctN;
  }

  /**
   * Whether a word tells one organization from another: not generic, and not a number, which {@code
   * number-conflict} and the number-word pairs judge, nor an ordinal ({@code 1st} / {@code First}),
   * one number written two ways.
   */
  private static boolean distinct(String token) {
    return !GENERIC_WORDS.contains(token)
        && !NumberTokens.mayWriteNumber(token)
        && !Character.isDigit(token.charAt(0))
        && !ORDINAL_WORDS.contains(token);
  }

  private static final java.util.Set<String> ORDINAL_WORDS =
      java.util.Set.of(
          "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth");

  /** The parts when no rule applies; shared, never written to. */
  private static final double[] NEUTRAL = {1.0, 1.0, 1.0, 1.0, 1.0};

  /** The product of the factors. */
  static double factor(double[] parts) {
    double product = 1.0;
    for (double part : parts) {
      product *= part;
    }
    return product;
  }

  /** The alpha-2 codes of the countries {@code tokens} name, longest spelling first. */
  static TreeSet<String> places(String[] tokens) {
    TreeSet<String> codes = new TreeSet<>();
    int i = 0;
    while (i < tokens.length) {
      int taken = 0;
      for (int length = Math.min(MAX_PLACE_TOKENS, tokens.length - i); length >= 1; length--) {
        Optional<String> code = country(tokens, i, length);
        if (code.isPresent()) {
          codes.add(code.get());
          taken = length;
          break;
        }
      }
      i += Math.max(1, taken);
    }
    return codes;
  }

  /** First words of the country names {@link Countries} knows, so most tokens skip its lookup. */
  private static final java.util.Set<String> FIRST_WORDS = firstWords();

  private static java.util.Set<String> firstWords() {
    java.util.Set<String> words = new java.util.HashSet<>(ABBREVIATIONS.keySet());
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      String folded =
          java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9]+", " ")
              .strip();
      words.add(folded.split(" ")[0]);
    }
    // the first words of the spellings and adjectives Countries adds to the JDK's names
    words.addAll(
        List.of(
            "afghan",
            "algerian",
            "american",
            "argentine",
            "argentinian",
            "armenian",
            "azerbaijani",
            "bahraini",
            "bangladeshi",
            "belarusian",
            "bosnia",
            "brazilian",
            "british",
            "burma",
            "burmese",
            "canadian",
            "china",
            "chinese",
            "colombian",
            "congo",
            "cote",
            "crimea",
            "cuban",
            "czech",
            "democratic",
            "dprk",
            "dutch",
            "ecuadorian",
            "egyptian",
            "emirati",
            "eritrean",
            "ethiopian",
            "filipino",
            "french",
            "gaza",
            "georgian",
            "german",
            "holland",
            "hong",
            "indian",
            "indonesian",
            "iran",
            "iranian",
            "iraqi",
            "israeli",
            "italian",
            "ivory",
            "japanese",
            "jordanian",
            "kazakh",
            "kenyan",
            "korea",
            "korean",
            "kosovo",
            "kuwaiti",
            "kyrgyz",
            "lao",
            "laos",
            "lebanese",
            "libyan",
            "macau",
            "macedonia",
            "malaysian",
            "malian",
            "mexican",
            "moldova",
            "moroccan",
            "netherlands",
            "nicaraguan",
            "nigerian",
            "north",
            "omani",
            "pakistani",
            "palestinian",
            "panamanian",
            "peruvian",
            "qatari",
            "republic",
            "russian",
            "saudi",
            "somali",
            "south",
            "spanish",
            "sri",
            "sudanese",
            "swiss",
            "syrian",
            "taiwan",
            "tajik",
            "tanzania",
            "tunisian",
            "turkey",
            "turkish",
            "turkiye",
            "uae",
            "uk",
            "ukrainian",
            "united",
            "usa",
            "uzbek",
            "venezuelan",
            "viet",
            "vietnamese",
            "west",
            "yemeni",
            "russia",
            "vietnam",
            "venezuela",
            "bolivia"));
    return java.util.Set.copyOf(words);
  }

  private static Optional<String> country(String[] tokens, int from, int length) {
    if (!FIRST_WORDS.contains(tokens[from])) {
      return Optional.empty();
    }
    if (length == 1 && ABBREVIATIONS.containsKey(tokens[from])) {
      return Optional.of(ABBREVIATIONS.get(tokens[from]));
    }
    if (length == 1 && (tokens[from].length() < 4 || !isLetters(tokens[from]))) {
      return Optional.empty(); // codes and short words
    }
    String text = String.join(" ", java.util.Arrays.asList(tokens).subList(from, from + length));
    Optional<String> code = Countries.code(text);
    // Countries also reads ISO alpha-3 codes, which are never four letters or more
    return code.filter(c -> !text.toUpperCase(Locale.ROOT).equals(c));
  }

  private static boolean isLetters(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLetter(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
