package org.interdict.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps a small, curated set of words that are translations of each other (not spelling variants,
 * which the scorer handles) to one form: organization terms such as {@code laboratoriya}/{@code
 * laboratory}/{@code labs} to {@code laboratory} (abbreviations map to the full word, so a typo in
 * the full word stays comparable), a few given names such as {@code eugene} to {@code yevgeniy},
 * and the Arabic article written {@code el} to {@code al}.
 *
 * <p>One Arabic compound is written as one word or two: {@code Abd al-Aziz}, {@code Abdel Aziz},
 * {@code Abdul Aziz} and {@code Abdur Rahman} all write "servant of the" ({@code عبد ال}), the
 * article assimilating to the next letter. Every spelling becomes {@code abdul}, so the split
 * spelling aligns with the joined one token for token.
 */
public final class SynonymStep implements NormalizationStep {
  static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("lab", "laboratory"),
          Map.entry("labs", "laboratory"),
          Map.entry("laboratories", "laboratory"),
          Map.entry("laboratoriya", "laboratory"),
          Map.entry("laboratorija", "laboratory"),
          Map.entry("laboratorii", "laboratory"),
          Map.entry("gruppa", "group"),
          Map.entry("grupa", "group"),
          Map.entry("grupo", "group"),
          Map.entry("groupe", "group"),
          Map.entry("gruppe", "group"),
          Map.entry("intl", "international"),
          Map.entry("internatsional", "international"),
          Map.entry("mezhdunarodnyy", "international"),
          Map.entry("tech", "technology"),
          Map.entry("technologies", "technology"),
          Map.entry("tekhnologii", "technology"),
          Map.entry("tekhnologiya", "technology"),
          Map.entry("holdings", "holding"),
          Map.entry("kholding", "holding"),
          Map.entry("industries", "industry"),
          Map.entry("banka", "bank"),
          Map.entry("el", "al"),
          Map.entry("eugene", "yevgeniy"),
          Map.entry("evgeny", "yevgeniy"),
          Map.entry("ievgen", "yevgeniy"),
          Map.entry("yevhen", "yevgeniy"),
          Map.entry("alexander", "aleksandr"),
          Map.entry("alexandre", "aleksandr"),
          Map.entry("joseph", "iosif"),
          Map.entry("michael", "mikhail"),
          Map.entry("peter", "pyotr"),
          Map.entry("petr", "pyotr"),
          Map.entry("paul", "pavel"),
          Map.entry("abdel", "abdul"),
          Map.entry("abdal", "abdul"),
          Map.entry("abdol", "abdul"),
          Map.entry("abdoul", "abdul"),
          Map.entry("abdur", "abdul"));

  /**
   * What follows {@code abd} as the written article: al (el is mapped to it first), ul, and the
   * assimilated forms.
   */
  static final java.util.Set<String> ABD_ARTICLES =
      java.util.Set.of("al", "ul", "ar", "as", "ad", "an", "at", "az", "ash", "us", "ur");

  @Override
  public String id() {
    return "synonyms";
  }

  @Override
  public String apply(String text) {
    List<String> tokens = Tokens.split(text);
    List<String> out = new ArrayList<>(tokens.size());
    boolean changed = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String mapped = SYNONYMS.getOrDefault(token, token);
      if (token.equals("abd")
          && i + 2 < tokens.size()
          && ABD_ARTICLES.contains(SYNONYMS.getOrDefault(tokens.get(i + 1), tokens.get(i + 1)))) {
        mapped = "abdul"; // abd al aziz: the article joins abd, the name after it stays
        i++;
      }
      changed |= !mapped.equals(token);
      out.add(mapped);
    }
    return changed ? Tokens.join(out) : text;
  }
}
