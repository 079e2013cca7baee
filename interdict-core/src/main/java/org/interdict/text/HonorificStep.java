package org.interdict.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops titles and honorifics ({@code mr}, {@code dr}, {@code sheikh}, {@code hajji}...) that lists
 * and queries use inconsistently. A name made only of honorifics is kept as it is, so no name
 * becomes empty.
 */
public final class HonorificStep implements NormalizationStep {
  static final Set<String> HONORIFICS =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mister",
          "dr",
          "doctor",
          "prof",
          "professor",
          "sir",
          "dame",
          "lord",
          "madam",
          "madame",
          "mme",
          "mlle",
          "herr",
          "frau",
          "sheikh",
          "shaikh",
          "shaykh",
          "sheik",
          "cheikh",
          "haji",
          "hajji",
          "hadji",
          "hajj",
          "alhaj",
          "alhaji",
          "mullah",
          "mulla",
          "maulana",
          "maulvi",
          "gen",
          "general",
          "col",
          "colonel",
          "capt",
          "captain",
          "lt",
          "maj",
          "rev",
          "reverend");

  @Override
  public String id() {
    return "drop-honorifics";
  }

  @Override
  public String apply(String text) {
    List<String> tokens = Tokens.split(text);
    List<String> kept = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      if (!HONORIFICS.contains(token)) {
        kept.add(token);
      }
    }
    if (kept.size() == tokens.size() || kept.isEmpty()) {
      return text;
    }
    return Tokens.join(kept);
  }
}
