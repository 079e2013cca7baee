package org.interdict.bench.devset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.model.Party;
import org.interdict.model.PartyType;

/**
 * Derives query variants that respell a listed name: another romanisation of a Russian or Arabic
 * name, or an equivalent legal form of a company. Not thread-safe: it draws from the caller's
 * seeded {@link Random}.
 */
final class Respellings {
  private final Random random;

  Respellings(Random random) {
    this.random = random;
  }

  /**
   * Spelling rules for names romanised from Russian, Ukrainian and Belarusian: (pattern,
   * replacement).
   */
  private static final String[][] SLAVIC = {
    {"(?i)\\byevgeniy\\b", "Evgenii"},
    {"(?i)\\byevgeny\\b", "Evgeniy"},
    {"(?i)\\bevgeny\\b", "Yevgeniy"},
    {"(?i)\\beugene\\b", "Yevgeny"},
    {"(?i)skiy\\b", "sky"},
    {"(?i)sky\\b", "skiy"},
    {"(?i)skii\\b", "sky"},
    {"(?i)iy\\b", "ii"},
    {"(?i)yy\\b", "iy"},
    {"(?i)kh", "h"},
    {"(?i)ya", "ia"},
    {"(?i)yu", "iu"},
    {"(?i)yevich\\b", "evich"},
    {"(?i)yevna\\b", "evna"},
    {"(?i)ei\\b", "ey"},
    {"(?i)ey\\b", "ei"},
    {"(?i)\\baleksandr", "Alexandr"},
    {"(?i)\\baleks", "Alex"},
    {"(?i)\\be(?=[fvgkl])", "Ye"},
    {"(?i)\\bye(?=[fvgkl])", "E"},
    {"(?i)shch", "sch"},
    {"(?i)ov\\b", "off"},
    {"(?i)yo", "e"},
    {"(?i)\\bdmitriy\\b", "Dmitry"},
    {"(?i)\\bdmitry\\b", "Dmitri"},
    {"(?i)\\bsergey\\b", "Sergei"},
    {"(?i)\\bsergei\\b", "Sergey"},
    {"(?i)\\byuri\\b", "Yury"}
  };

  /** Spellings of names romanised from Arabic and Persian, for names that contain those words. */
  private static final String[][] ARABIC = {
    {"(?i)\\bmohammed\\b", "Muhammad"},
    {"(?i)\\bmuhammad\\b", "Mohammed"},
    {"(?i)\\bmohamed\\b", "Mohammad"},
    {"(?i)\\bmohammad\\b", "Mohamed"},
    {"(?i)\\babdul\\b", "Abdel"},
    {"(?i)\\babd al\\b", "Abdul"},
    {"(?i)\\bal-", "el-"},
    {"(?i)\\bel-", "al-"},
    {"(?i)\\bhussein\\b", "Husayn"},
    {"(?i)\\bhusain\\b", "Hussein"},
    {"(?i)\\byousef\\b", "Yusuf"},
    {"(?i)\\byusuf\\b", "Yousef"},
    {"(?i)\\bosama\\b", "Usama"},
    {"(?i)\\busama\\b", "Osama"},
    {"(?i)\\bahmad\\b", "Ahmed"},
    {"(?i)\\bahmed\\b", "Ahmad"}
  };

  /**
   * Vowel and consonant spellings that vary in romanised personal names; applied to people only.
   */
  private static final String[][] PERSONAL = {
    {"(?i)ou", "u"},
    {"(?i)ee", "i"},
    {"(?i)oo", "u"},
    {"(?i)\\bq", "K"},
    {"(?i)aa", "a"},
    {"(?i)kh", "h"}
  };

  private static final Pattern SLAVIC_CONTEXT =
      Pattern.compile(
          "(?i)(russia|ukrain|belarus|kazakh|uzbek|kyrgyz|tajik|armenia|georgia|azerbaijan|moldova|crimea)");
  private static final Pattern SLAVIC_NAME =
      Pattern.compile("(?i)(ov|ev|sky|skiy|ovich|evich|enko|ova|eva|ovna|evna|shch|kh)\\b");

  Optional<String> transliteration(Party party) {
    String name = party.primaryName();
    String context = String.join(" ", party.countries()) + " " + String.join(" ", party.programs());
    List<String[]> applicable = new ArrayList<>();
    if (SLAVIC_CONTEXT.matcher(context).find() || SLAVIC_NAME.matcher(name).find()) {
      addApplicable(applicable, SLAVIC, name);
    }
    addApplicable(applicable, ARABIC, name);
    if (party.type() == PartyType.INDIVIDUAL) {
      addApplicable(applicable, PERSONAL, name);
    }
    if (applicable.isEmpty()) {
      return Optional.empty();
    }
    String[] rule = applicable.get(random.nextInt(applicable.size()));
    Matcher matcher = Pattern.compile(rule[0]).matcher(name);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(matchCase(matcher.group(), rule[1])));
    }
    matcher.appendTail(out);
    return Variants.changed(party, out.toString());
  }

  private static void addApplicable(List<String[]> applicable, String[][] rules, String name) {
    for (String[] rule : rules) {
      if (Pattern.compile(rule[0]).matcher(name).find()) {
        applicable.add(rule);
      }
    }
  }

  /** Keeps ALL-CAPS names in capitals and lower-case matches in lower case. */
  private static String matchCase(String original, String replacement) {
    if (original.equals(original.toUpperCase(Locale.ROOT)) && original.length() > 1) {
      return replacement.toUpperCase(Locale.ROOT);
    }
    if (original.equals(original.toLowerCase(Locale.ROOT))) {
      return replacement.toLowerCase(Locale.ROOT);
    }
    return replacement;
  }

  /**
   * Equivalent legal forms; the first group member that appears in a name is swapped for another.
   */
  private static final String[][] LEGAL_FORMS = {
    {"LLC", "L.L.C.", "Limited Liability Company", "OOO"},
    {"JSC", "Joint Stock Company", "AO"},
    {"OJSC", "Open Joint Stock Company", "OAO"},
    {"CJSC", "Closed Joint Stock Company", "ZAO"},
    {"PJSC", "Public Joint Stock Company", "PAO"},
    {"Co., Ltd.", "Company Limited", "Co Ltd"},
    {"Ltd.", "Limited", "Ltd"},
    {"Co.", "Company"},
    {"Corp.", "Corporation", "Corp"},
    {"Inc.", "Incorporated", "Inc"},
    {"S.A.", "SA", "Sociedad Anonima"},
    {"GmbH", "G.m.b.H."},
    {"PLC", "Public Limited Company"},
    {"FZE", "Free Zone Establishment"},
    {"FZCO", "Free Zone Company"}
  };

  Optional<String> legalForm(Party party) {
    if (party.type() == PartyType.INDIVIDUAL) {
      return Optional.empty();
    }
    String name = party.primaryName();
    for (String[] group : LEGAL_FORMS) {
      for (String form : group) {
        Matcher matcher =
            Pattern.compile("(?i)(^|[\\s,])" + Pattern.quote(form) + "(?=$|[\\s,])").matcher(name);
        if (matcher.find()) {
          String other =
              group[(indexOf(group, form) + 1 + random.nextInt(group.length - 1)) % group.length];
          if (random.nextInt(4) == 0) {
            other = "";
          }
          String cased =
              matchCase(name.replaceAll("[^A-Za-z]", "").isEmpty() ? other : name, other);
          String replaced =
              name.substring(0, matcher.start())
                  + matcher.group(1)
                  + cased
                  + name.substring(matcher.end());
          replaced = replaced.replaceAll("\\s*,\\s*$", "").replaceAll("\\s+", " ").strip();
          if (matcher.start() == 0 && !cased.isEmpty() && form.matches("OOO|AO|OAO|ZAO|PAO")) {
            replaced = name.substring(matcher.end()).strip() + " " + cased;
          }
          return Variants.changed(party, replaced);
        }
      }
    }
    return Optional.empty();
  }

  private static int indexOf(String[] group, String form) {
    for (int i = 0; i < group.length; i++) {
      if (group[i].equals(form)) {
        return i;
      }
    }
    return 0;
  }
}
