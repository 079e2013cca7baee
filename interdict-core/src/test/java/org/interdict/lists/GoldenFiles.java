package org.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interdict.model.Address;
import org.interdict.model.Gender;
import org.interdict.model.Identifier;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyIdentifier;

/**
 * Compares a canonical text rendering of parties with a golden file under
 * src/test/resources/golden/lists. Golden files are rewritten only with {@code
 * -Dinterdict.golden.update=true}.
 */
public final class GoldenFiles {
  private static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "golden", "lists");

  private GoldenFiles() {}

  public static void assertMatches(String goldenName, List<Party> parties) throws IOException {
    String actual = render(parties);
    Path golden = GOLDEN_DIR.resolve(goldenName);
    if (Boolean.getBoolean("interdict.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden)
        .as("golden file; run with -Dinterdict.golden.update=true to create it")
        .exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /**
   * One block per party, one line per value, fields in a fixed order; the source file by name only.
   */
  public static String render(List<Party> parties) {
    StringBuilder text = new StringBuilder();
    for (Party party : parties) {
      text.append("id: ").append(party.id()).append('\n');
      text.append("type: ").append(party.type().id()).append('\n');
      text.append("name: ").append(party.primaryName()).append('\n');
      party.aliases().forEach(alias -> text.append("alias: ").append(alias).append('\n'));
      for (Address a : party.addresses()) {
        text.append("address: ")
            .append(
                String.join(" | ", a.street(), a.city(), a.region(), a.postalCode(), a.country()))
            .append('\n');
      }
      party.countries().forEach(country -> text.append("country: ").append(country).append('\n'));
      party.programs().forEach(program -> text.append("program: ").append(program).append('\n'));
      party.dates().forEach(date -> text.append("date: ").append(date).append('\n'));
      for (Identifier i : party.identifiers()) {
        text.append("identifier: ")
            .append(String.join(" | ", i.type(), i.value(), i.country()))
            .append('\n');
      }
      renderFeatures(text, party.features());
      if (!party.remarks().isEmpty()) {
        text.append("remarks: ").append(party.remarks().replace('\n', ' ')).append('\n');
      }
      text.append("source: ")
          .append(party.source().listId())
          .append(" | ")
          .append(party.source().entryId())
          .append(" | ")
          .append(party.source().listDate().map(Object::toString).orElse("-"))
          .append(" | ")
          .append(Path.of(party.source().file()).getFileName())
          .append("\n\n");
    }
    return text.toString();
  }

  /**
   * The typed features, one line per value, only those present (so a party without features adds
   * nothing).
   */
  private static void renderFeatures(StringBuilder text, PartyFeatures features) {
    features
        .birthDates()
        .forEach(
            d ->
                text.append("feature birth-date: ")
                    .append(d.canonical())
                    .append(" <- ")
                    .append(d.raw())
                    .append('\n'));
    features
        .nationalities()
        .forEach(c -> text.append("feature nationality: ").append(c).append('\n'));
    features
        .citizenships()
        .forEach(c -> text.append("feature citizenship: ").append(c).append('\n'));
    features
        .addressCountries()
        .forEach(c -> text.append("feature address-country: ").append(c).append('\n'));
    features
        .registrationCountries()
        .forEach(c -> text.append("feature registration-country: ").append(c).append('\n'));
    if (features.gender() != Gender.UNKNOWN) {
      text.append("feature gender: ").append(features.gender().id()).append('\n');
    }
    for (PartyIdentifier i : features.identifiers()) {
      text.append("feature identifier: ")
          .append(String.join(" | ", i.kind().id(), i.value(), i.country(), i.rawType()))
          .append('\n');
    }
  }

  /**
   * The first {@code count} parties plus the parties with the given ids, in that order, without
   * repeats.
   */
  public static List<Party> selection(List<Party> parties, int count, String... ids) {
    java.util.LinkedHashMap<String, Party> chosen = new java.util.LinkedHashMap<>();
    parties.stream().limit(count).forEach(party -> chosen.put(party.id(), party));
    for (String id : ids) {
      parties.stream()
          .filter(party -> party.id().equals(id))
          .findFirst()
          .ifPresentOrElse(
              party -> chosen.putIfAbsent(id, party),
              () -> {
                throw new AssertionError("no party " + id);
              });
    }
    return List.copyOf(chosen.values());
  }
}
