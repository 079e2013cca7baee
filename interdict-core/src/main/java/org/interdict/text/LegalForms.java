package org.interdict.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of legal forms: written forms (already case-folded, punctuation-free and
 * transliterated, so Cyrillic {@code АО}/{@code ООО} arrive as {@code ao}/{@code ooo}) mapped to
 * canonical tokens. Equivalent forms across languages share one canonical token: {@code ooo} and
 * {@code llc}; {@code ao}, {@code zao}, {@code oao}, {@code pao} and {@code jsc}.
 */
public final class LegalForms {
  private LegalForms() {}

  /**
   * Multi-word forms first, longest first, so "joint stock company" is not read as "joint stock" +
   * "co".
   */
  static final List<Map.Entry<List<String>, String>> PHRASES =
      List.of(
          Map.entry(List.of("obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"), "llc"),
          Map.entry(List.of("limited", "liability", "company"), "llc"),
          Map.entry(List.of("limited", "liability", "partnership"), "llp"),
          Map.entry(List.of("public", "joint", "stock", "company"), "jsc"),
          Map.entry(List.of("closed", "joint", "stock", "company"), "jsc"),
          Map.entry(List.of("open", "joint", "stock", "company"), "jsc"),
          Map.entry(List.of("joint", "stock", "company"), "jsc"),
          Map.entry(List.of("public", "joint", "stock", "co"), "jsc"),
          Map.entry(List.of("closed", "joint", "stock", "co"), "jsc"),
          Map.entry(List.of("open", "joint", "stock", "co"), "jsc"),
          Map.entry(List.of("joint", "stock", "co"), "jsc"),
          Map.entry(List.of("public", "ao"), "jsc"),
          Map.entry(List.of("public", "jsc"), "jsc"),
          Map.entry(List.of("sociedad", "anonima", "de", "cv"), "sa"),
          Map.entry(List.of("sociedad", "anonima"), "sa"),
          Map.entry(List.of("free", "zone", "co"), "fzco"),
          Map.entry(List.of("aktsionernoye", "obshchestvo"), "jsc"),
          Map.entry(List.of("avtonomnaya", "nekommercheskaya", "organizatsiya"), "ano"),
          Map.entry(List.of("autonomous", "non", "profit", "organization"), "ano"),
          Map.entry(List.of("autonomous", "nonprofit", "organization"), "ano"),
          Map.entry(List.of("gesellschaft", "mit", "beschrankter", "haftung"), "gmbh"),
          Map.entry(List.of("free", "zone", "establishment"), "fze"),
          Map.entry(List.of("free", "zone", "company"), "fzco"),
          Map.entry(List.of("ltd", "liability", "company"), "llc"),
          Map.entry(List.of("ltd", "liability", "partnership"), "llp"),
          Map.entry(List.of("societatea", "cu", "raspundere", "limitata"), "srl"),
          Map.entry(List.of("societe", "a", "responsabilite", "limitee"), "sarl"),
          Map.entry(List.of("sp", "z", "o", "o"), "sp"),
          Map.entry(List.of("sp", "z", "oo"), "sp"),
          Map.entry(List.of("public", "limited", "company"), "plc"),
          Map.entry(List.of("sa", "de", "cv"), "sa"),
          Map.entry(List.of("co", "ltd"), "ltd"),
          Map.entry(List.of("company", "limited"), "ltd"),
          Map.entry(List.of("pvt", "ltd"), "ltd"),
          Map.entry(List.of("pte", "ltd"), "ltd"));

  static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("ao", "jsc"),
          Map.entry("zao", "jsc"),
          Map.entry("oao", "jsc"),
          Map.entry("pao", "jsc"),
          Map.entry("jsc", "jsc"),
          Map.entry("pjsc", "jsc"),
          Map.entry("cjsc", "jsc"),
          Map.entry("ojsc", "jsc"),
          Map.entry("jsco", "jsc"),
          Map.entry("ooo", "llc"),
          Map.entry("llc", "llc"),
          Map.entry("tov", "llc"),
          Map.entry("ano", "ano"),
          Map.entry("ltd", "ltd"),
          Map.entry("ldt", "ltd"),
          Map.entry("limited", "ltd"),
          Map.entry("ltda", "ltd"),
          Map.entry("co", "co"),
          Map.entry("company", "co"),
          Map.entry("corp", "corp"),
          Map.entry("corporation", "corp"),
          Map.entry("inc", "inc"),
          Map.entry("incorporated", "inc"),
          Map.entry("gmbh", "gmbh"),
          Map.entry("ag", "ag"),
          Map.entry("aktiengesellschaft", "ag"),
          Map.entry("sa", "sa"),
          Map.entry("sarl", "sarl"),
          Map.entry("sas", "sas"),
          Map.entry("bv", "bv"),
          Map.entry("nv", "nv"),
          Map.entry("plc", "plc"),
          Map.entry("llp", "llp"),
          Map.entry("lp", "lp"),
          Map.entry("spa", "spa"),
          Map.entry("srl", "srl"),
          Map.entry("kft", "kft"),
          Map.entry("doo", "doo"),
          Map.entry("fze", "fze"),
          Map.entry("fzco", "fzco"),
          Map.entry("fzc", "fzco"),
          Map.entry("pte", "pte"),
          Map.entry("pvt", "pvt"),
          Map.entry("bhd", "bhd"),
          Map.entry("sdn", "sdn"),
          Map.entry("oy", "oy"),
          Map.entry("ab", "ab"),
          Map.entry("as", "as"),
          Map.entry("kg", "kg"),
          Map.entry("sp", "sp"));

  /**
   * Canonical forms that one legal system offers side by side, so that a registered company holds
   * exactly one of them: {@code Deutsche Bank AG} and {@code Deutsche Bank GmbH} are two
   * registrations, where {@code ООО Ромашка} and {@code Romashka Ltd} may be one company written in
   * two languages. Forms of different systems are not set against each other ({@code llc} is also
   * the translation of {@code ooo}, {@code ltd} of much of the world's "limited").
   */
  public static final List<Set<String>> EXCLUSIVE_FORMS =
      List.of(
          Set.of("ag", "gmbh", "kg"),
          Set.of("jsc", "llc", "ano"),
          Set.of("plc", "ltd", "llp"),
          Set.of("sa", "sarl", "sas"),
          Set.of("bv", "nv"),
          Set.of("spa", "srl"));

  /** Canonical legal-form tokens as they appear in normalized names. */
  public static final Set<String> CANONICAL = Set.copyOf(WORDS.values());

  /**
   * Whether a written word is a legal-form word with a typo: words of 5 or more letters within one
   * edit (two from 10 letters), first letter kept, so {@code limitod}, {@code compay}, {@code
   * stoock} still read as forms.
   */
  static boolean nearlyEquals(String written, String form) {
    if (written.equals(form)) {
      return true;
    }
    if (form.length() < 5
        || written.isEmpty()
        || written.charAt(0) != form.charAt(0)
        || Math.abs(written.length() - form.length()) > 2) {
      return false;
    }
    int allowed = form.length() >= 10 ? 2 : 1;
    return Edits.osa(written, form) <= allowed;
  }

  /**
   * Whether a case-folded, transliterated word is a written legal form ({@code ltd}, {@code ooo},
   * {@code gmbh}...).
   */
  public static boolean isWrittenForm(String word) {
    return WORDS.containsKey(word);
  }

  /** Whether a normalized token is a canonical legal form. */
  public static boolean isCanonical(String token) {
    return CANONICAL.contains(token);
  }
}
