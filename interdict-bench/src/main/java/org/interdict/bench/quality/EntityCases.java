package org.interdict.bench.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.interdict.model.BirthDate;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;

/**
 * Entity-level development cases generated from the loaded lists with a fixed seed: listed persons
 * with one full birth date, screened by their primary name with (a) the same date, (b) day and
 * month swapped, (c) the year one off, all of which must find the person, and (d) a namesake born
 * 30 years later, which must not. Scored at the default threshold by the scorer chosen (entity-v1
 * by default).
 */
public final class EntityCases {
  public static final long SEED = 20261202L;

  private EntityCases() {}

  /**
   * One case: the query, its birth date, the party it names and whether that party must be found.
   */
  public record Case(
      String kind, String name, String birthDate, String partyId, boolean mustFind) {}

  /** Outcome counts per kind. */
  public record Outcome(String kind, int cases, int found) {
    public double share() {
      return cases == 0 ? 0 : found / (double) cases;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%-22s %4d cases, party found in %4d (%.4f)", kind, cases, found, share());
    }
  }

  public static List<Case> generate(List<Party> parties, int persons) {
    List<Party> dated = new ArrayList<>();
    for (Party party : parties) {
      List<BirthDate> dates = party.features().birthDates();
      if (party.type() == PartyType.INDIVIDUAL
          && dates.size() == 1
          && dates.get(0).day() > 0
          && dates.get(0).singleYear()) {
        dated.add(party);
      }
    }
    java.util.Collections.shuffle(dated, new Random(SEED));
    List<Case> cases = new ArrayList<>();
    for (Party party : dated.subList(0, Math.min(persons, dated.size()))) {
      BirthDate d = party.features().birthDates().get(0);
      String id = party.id();
      cases.add(
          new Case(
              "same-date", party.primaryName(), iso(d.fromYear(), d.month(), d.day()), id, true));
      if (d.day() <= 12 && d.day() != d.month()) {
        cases.add(
            new Case(
                "day-month-swap",
                party.primaryName(),
                iso(d.fromYear(), d.day(), d.month()),
                id,
                true));
      }
      cases.add(
          new Case(
              "one-year-off",
              party.primaryName(),
              iso(d.fromYear() + 1, d.month(), d.day()),
              id,
              true));
      cases.add(
          new Case(
              "namesake-30-years",
              party.primaryName(),
              iso(d.fromYear() + 30, d.month(), d.day()),
              id,
              false));
    }
    return cases;
  }

  /** The outcomes under the default scorer. */
  public static List<Outcome> run(ScreeningIndex index, List<Case> cases) {
    return run(index, cases, ScreeningQuery.DEFAULT_SCORER);
  }

  /** The outcomes under {@code scorer}, one of {@link ScreeningQuery#SCORERS}. */
  public static List<Outcome> run(ScreeningIndex index, List<Case> cases, String scorer) {
    ScreeningQuery.requireScorer(scorer);
    java.util.Map<String, int[]> counts = new java.util.LinkedHashMap<>();
    for (Case c : cases) {
      ScreeningQuery query =
          ScreeningQuery.of(c.name())
              .withScorer(scorer)
              .withFeatures(PartyFeatures.builder().birthDate(c.birthDate()).build())
              .withLimit(50);
      boolean found =
          index.screen(query).matches().stream().anyMatch(m -> m.party().id().equals(c.partyId()));
      int[] count = counts.computeIfAbsent(c.kind(), k -> new int[2]);
      count[0]++;
      count[1] += found ? 1 : 0;
    }
    List<Outcome> outcomes = new ArrayList<>();
    counts.forEach((kind, count) -> outcomes.add(new Outcome(kind, count[0], count[1])));
    return outcomes;
  }

  private static String iso(int year, int month, int day) {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }
}
