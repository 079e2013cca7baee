package org.interdict.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names, adjectives and codes as lists and queries write them ({@code Russia}, {@code
 * Russian Federation}, {@code RU}, {@code RUS}, {@code Korea, North}, {@code Iranian}) folded to
 * ISO 3166-1 alpha-2 codes, so features from different lists compare. The table is the JDK's
 * English country names and ISO codes plus the spellings below, seen in OFAC, CSL, UN, EU and UK
 * files. Stateless and thread-safe.
 */
public final class Countries {
  private static final Map<String, String> CODES = table();

  private Countries() {}

  /** The alpha-2 code of a country name, adjective or code; empty when unknown. */
  public static Optional<String> code(String text) {
    return Optional.ofNullable(CODES.get(key(text)));
  }

  /**
   * The alpha-2 code when known, else the text lower-cased (so two lists' unknown spellings can
   * still agree).
   */
  public static String normalize(String text) {
    String known = NORMALIZED.get(text);
    if (known != null) {
      return known;
    }
    String normalized = code(text).orElse(key(text));
    if (NORMALIZED.size() < NORMALIZED_CAPACITY) {
      NORMALIZED.put(text, normalized);
    }
    return normalized;
  }

  /**
   * Texts already normalized: lists spell a few hundred countries, and a country filter folds every
   * candidate's (Unicode decomposition and two regular expressions per call otherwise). Bounded, so
   * queries cannot grow it without limit.
   */
  private static final Map<String, String> NORMALIZED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int NORMALIZED_CAPACITY = 10_000;

  private static String key(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static Map<String, String> table() {
    Map<String, String> codes = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      codes.put(key(code), code);
      codes.put(key(country.getISO3Country()), code);
      String name = country.getDisplayCountry(Locale.ENGLISH);
      codes.put(key(name), code);
      int paren = name.indexOf(" (");
      if (paren > 0) {
        codes.put(key(name.substring(0, paren)), code);
      }
    }
    String[][] extra = {
      {"russian federation", "RU"},
      {"russian", "RU"},
      {"iran islamic republic of", "IR"},
      {"iranian", "IR"},
      {"korea north", "KP"},
      {"north korea", "KP"},
      {"democratic people s republic of korea", "KP"},
      {"korea democratic people s republic of", "KP"},
      {"dprk", "KP"},
      {"north korean", "KP"},
      {"korea south", "KR"},
      {"south korea", "KR"},
      {"republic of korea", "KR"},
      {"korea republic of", "KR"},
      {"south korean", "KR"},
      {"korean", "KR"},
      {"burma", "MM"},
      {"burmese", "MM"},
      {"syrian arab republic", "SY"},
      {"syrian", "SY"},
      {"afghan", "AF"},
      {"iraqi", "IQ"},
      {"pakistani", "PK"},
      {"yemeni", "YE"},
      {"saudi", "SA"},
      {"saudi arabian", "SA"},
      {"egyptian", "EG"},
      {"lebanese", "LB"},
      {"chinese", "CN"},
      {"china people s republic of", "CN"},
      {"palestinian", "PS"},
      {"palestinian territories", "PS"},
      {"west bank", "PS"},
      {"gaza", "PS"},
      {"libyan", "LY"},
      {"libyan arab jamahiriya", "LY"},
      {"sudanese", "SD"},
      {"somali", "SO"},
      {"jordanian", "JO"},
      {"kuwaiti", "KW"},
      {"qatari", "QA"},
      {"emirati", "AE"},
      {"uae", "AE"},
      {"turkish", "TR"},
      {"turkey", "TR"},
      {"turkiye", "TR"},
      {"mexican", "MX"},
      {"colombian", "CO"},
      {"venezuelan", "VE"},
      {"cuban", "CU"},
      {"belarusian", "BY"},
      {"ukrainian", "UA"},
      {"german", "DE"},
      {"french", "FR"},
      {"british", "GB"},
      {"united kingdom", "GB"},
      {"uk", "GB"},
      {"american", "US"},
      {"united states of america", "US"},
      {"usa", "US"},
      {"indian", "IN"},
      {"indonesian", "ID"},
      {"malaysian", "MY"},
      {"filipino", "PH"},
      {"nigerian", "NG"},
      {"algerian", "DZ"},
      {"moroccan", "MA"},
      {"tunisian", "TN"},
      {"bahraini", "BH"},
      {"omani", "OM"},
      {"kenyan", "KE"},
      {"ethiopian", "ET"},
      {"eritrean", "ER"},
      {"malian", "ML"},
      {"nicaraguan", "NI"},
      {"kazakh", "KZ"},
      {"uzbek", "UZ"},
      {"tajik", "TJ"},
      {"kyrgyz", "KG"},
      {"azerbaijani", "AZ"},
      {"georgian", "GE"},
      {"armenian", "AM"},
      {"israeli", "IL"},
      {"italian", "IT"},
      {"spanish", "ES"},
      {"vietnamese", "VN"},
      {"viet nam", "VN"},
      {"japanese", "JP"},
      {"bangladeshi", "BD"},
      {"sri lankan", "LK"},
      {"congo democratic republic of the", "CD"},
      {"democratic republic of the congo", "CD"},
      {"congo republic of the", "CG"},
      {"cote d ivoire", "CI"},
      {"ivory coast", "CI"},
      {"laos", "LA"},
      {"lao people s democratic republic", "LA"},
      {"moldova republic of", "MD"},
      {"tanzania united republic of", "TZ"},
      {"bosnia herzegovina", "BA"},
      {"macedonia", "MK"},
      {"czech republic", "CZ"},
      {"holland", "NL"},
      {"netherlands the", "NL"},
      {"dutch", "NL"},
      {"swiss", "CH"},
      {"canadian", "CA"},
      {"brazilian", "BR"},
      {"argentine", "AR"},
      {"argentinian", "AR"},
      {"peruvian", "PE"},
      {"ecuadorian", "EC"},
      {"panamanian", "PA"},
      {"hong kong", "HK"},
      {"macau", "MO"},
      {"taiwan", "TW"},
      {"crimea", "UA"},
      {"kosovo", "XK"},
    };
    for (String[] pair : extra) {
      codes.put(key(pair[0]), pair[1]);
    }
    return Map.copyOf(codes);
  }
}
