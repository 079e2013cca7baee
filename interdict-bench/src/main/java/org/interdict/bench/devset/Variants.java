package org.interdict.bench.devset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.interdict.model.Party;
import org.interdict.model.PartyType;

/**
 * Derives query variants that change a listed name's form: order, tokens, initials, typos, case.
 * Spelling changes are in {@link Respellings}. Each method returns empty when the variant does not
 * apply or would leave the name unchanged. A variant must stay recognisable to a human as the same
 * party. Not thread-safe: it draws from the caller's seeded {@link Random}.
 */
final class Variants {
  private final Random random;

  Variants(Random random) {
    this.random = random;
  }

  Optional<String> reorder(Party party) {
    if (party.type() != PartyType.INDIVIDUAL) {
      return Optional.empty();
    }
    PersonName name = PersonName.parse(party.primaryName());
    if (!name.usable()) {
      return Optional.empty();
    }
    return changed(party, name.surnameFirst() ? name.natural() : name.surnameCommaGiven());
  }

  Optional<String> dropToken(Party party) {
    String primary = party.primaryName();
    if (party.type() == PartyType.INDIVIDUAL) {
      PersonName name = PersonName.parse(primary);
      if (name.given().size() < 2) {
        return Optional.empty();
      }
      List<String> given = new ArrayList<>(name.given());
      given.remove(given.size() - 1);
      return changed(party, name.asListed(given));
    }
    List<String> tokens = new ArrayList<>(List.of(primary.split("\\s+")));
    if (tokens.size() < 3) {
      return Optional.empty();
    }
    for (int i = 1; i < tokens.size(); i++) {
      String token = tokens.get(i).toLowerCase(Locale.ROOT);
      if (token.matches("\\(.*\\)") || token.matches("(de|del|la|y|the|of|and|for|&|al|el)")) {
        tokens.remove(i);
        return changed(party, String.join(" ", tokens));
      }
    }
    return Optional.empty();
  }

  Optional<String> initials(Party party) {
    if (party.type() != PartyType.INDIVIDUAL) {
      return Optional.empty();
    }
    PersonName name = PersonName.parse(party.primaryName());
    if (!name.usable() || String.join("", name.surname()).length() < 4) {
      return Optional.empty();
    }
    List<String> given = new ArrayList<>();
    boolean keepFirst = name.given().size() >= 2 && random.nextBoolean();
    for (int i = 0; i < name.given().size(); i++) {
      String token = name.given().get(i);
      given.add(keepFirst && i == 0 ? token : token.substring(0, 1) + ".");
    }
    return changed(party, String.join(" ", given) + " " + String.join(" ", name.surname()));
  }

  Optional<String> typo(Party party) {
    String name = party.primaryName();
    if (name.length() < 8) {
      return Optional.empty();
    }
    int edits = name.length() >= 16 ? 2 : 1;
    StringBuilder text = new StringBuilder(name);
    for (int attempt = 0, done = 0; attempt < 20 && done < edits; attempt++) {
      int at = 1 + random.nextInt(text.length() - 2);
      if (!Character.isLetter(text.charAt(at))
          || !Character.isLetter(text.charAt(at - 1))
          || !Character.isLetter(text.charAt(at + 1))) {
        continue;
      }
      char c = text.charAt(at);
      switch (random.nextInt(4)) {
        case 0:
          text.deleteCharAt(at);
          break;
        case 1:
          text.insert(at, c);
          break;
        case 2:
          text.setCharAt(at, text.charAt(at + 1));
          text.setCharAt(at + 1, c);
          break;
        default:
          char replacement = (char) ('a' + random.nextInt(26));
          text.setCharAt(
              at, Character.isUpperCase(c) ? Character.toUpperCase(replacement) : replacement);
      }
      done++;
    }
    return changed(party, text.toString());
  }

  Optional<String> casePunctuation(Party party) {
    String name = party.primaryName();
    String variant;
    switch (random.nextInt(3)) {
      case 0:
        variant = name.toLowerCase(Locale.ROOT).replaceAll("[.,'\"()]", "").replaceAll("\\s+", " ");
        break;
      case 1:
        variant = titleCase(name.replaceAll("[.,]", ""));
        break;
      default:
        variant =
            name.toUpperCase(Locale.ROOT).replace(" ", random.nextBoolean() ? "-" : "  ") + ".";
    }
    return changed(party, variant.strip());
  }

  private static String titleCase(String text) {
    StringBuilder out = new StringBuilder();
    for (String token : text.split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      out.append(out.length() == 0 ? "" : " ")
          .append(token.substring(0, 1).toUpperCase(Locale.ROOT))
          .append(token.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  static Optional<String> changed(Party party, String variant) {
    String cleaned = variant.replaceAll("\\s+", " ").strip();
    if (cleaned.isEmpty() || cleaned.equals(party.primaryName())) {
      return Optional.empty();
    }
    return Optional.of(cleaned);
  }
}
