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
          Map.entry("paul", "pavel"));

  @Override
  public String id() {
    return "synonyms";
  }

  @Override
  public String apply(String text) {
    List<String> tokens = Tokens.split(text);
    List<String> out = new ArrayList<>(tokens.size());
    boolean changed = false;
    for (String token : tokens) {
      String mapped = SYNONYMS.getOrDefault(token, token);
      changed |= !mapped.equals(token);
      out.add(mapped);
    }
    return changed ? Tokens.join(out) : text;
  }
}
