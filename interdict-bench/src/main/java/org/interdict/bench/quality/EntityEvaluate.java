package org.interdict.bench.quality;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.interdict.screening.EntityScorer;
import org.interdict.screening.Explanation;
import org.interdict.screening.Match;
import org.interdict.screening.ScorePart;
import org.interdict.screening.ScorePartId;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;
import org.interdict.screening.TokenPair;

/**
 * yente's fixtures through the engine ({@code bench/evaluate --entity DIR}): recall on {@code
 * positives_un_treated.csv} and the false-alarm rate on {@code negatives_global.csv} and {@code
 * negatives_us.csv}, each with names only (aligned-tokens-v1, then entity-v1 with its name rules
 * and nicknames, ADR 012), and with entity-v1 given the rows' birth dates, then birth dates and
 * nationality. A row counts as alarmed when any party scores at or above the threshold. The yente
 * rows are all persons, so the last modes also say so ({@code --party-type person}). Also the
 * single-query p50 of each mode (the first mode of the first file also warms the JVM up). {@code
 * --scorer entity-v2} runs the entity modes under that scorer instead.
 */
final class EntityEvaluate {
  private EntityEvaluate() {}

  /** One fixture row: the name and its features per mode. */
  private record Row(String name, String dob, String nationality) {}

  private enum Mode {
    NAMES("names only (aligned-tokens-v1)"),
    NAMES_ENTITY("names only (entity-v1)"),
    DOB("entity-v1 + birth date"),
    DOB_COUNTRY("entity-v1 + birth date + nationality"),
    DOB_PERSON("entity-v1 + birth date + person"),
    ALL("entity-v1 + birth date + nationality + person");

    final String label;

    Mode(String label) {
      this.label = label;
    }
  }

  static void run(PrintStream out, ScreeningIndex index, Path yente, String scorer) {
    for (String file :
        List.of("positives_un_treated.csv", "negatives_global.csv", "negatives_us.csv")) {
      List<Row> rows = read(yente.resolve(file));
      boolean positive = file.startsWith("positives");
      out.printf(
          Locale.ROOT,
          "%n%s: %d rows (%s)%n",
          file,
          rows.size(),
          positive ? "recall" : "false alarms");
      out.println(
          "mode                                      0.70    0.76*   0.80    0.85   p50 ms");
      for (Mode mode : Mode.values()) {
        double[] thresholds = {0.70, ScreeningQuery.DEFAULT_MIN_SCORE, 0.80, 0.85};
        long[] hits = new long[thresholds.length];
        long[] nanos = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
          long start = System.nanoTime();
          double top = index.screen(query(rows.get(i), mode, scorer)).topScore();
          nanos[i] = System.nanoTime() - start;
          for (int t = 0; t < thresholds.length; t++) {
            hits[t] += top >= thresholds[t] ? 1 : 0;
          }
        }
        Arrays.sort(nanos);
        StringBuilder line =
            new StringBuilder(
                String.format(Locale.ROOT, "%-40s", mode.label.replace("entity-v1", scorer)));
        for (long hit : hits) {
          line.append(String.format(Locale.ROOT, "  %6.4f", hit / (double) rows.size()));
        }
        line.append(String.format(Locale.ROOT, "  %6.3f", nanos[nanos.length / 2] / 1e6));
        out.println(line);
      }
    }
  }

  /**
   * Prints the names-only alarms of one fixture file ({@code --alarms FILE}): each row whose best
   * match under {@code scorer} reaches the default threshold, as tab-separated score, query,
   * matched name, party type and id, the aligned pairs ({@code query/list/method}), the unmatched
   * tokens of each side and the rule parts that applied (below 1.0). Synthetic names only: this is
   * how the rules of {@code entity-v1} are studied on the tuning file.
   */
  static void alarms(PrintStream out, ScreeningIndex index, Path file, String scorer) {
    int alarms = 0;
    List<Row> rows = read(file);
    for (Row row : rows) {
      ScreeningResult result = index.screen(query(row, Mode.NAMES_ENTITY, scorer));
      if (result.topScore() < ScreeningQuery.DEFAULT_MIN_SCORE) {
        continue;
      }
      alarms++;
      Match match = result.matches().get(0);
      Explanation why = match.explanation();
      StringBuilder pairs = new StringBuilder();
      for (TokenPair pair : why.pairs()) {
        pairs.append(pairs.length() == 0 ? "" : " ");
        pairs.append(pair.queryToken()).append('/').append(pair.listToken());
        pairs.append('/').append(pair.method());
      }
      StringBuilder rules = new StringBuilder();
      for (ScorePart part : why.parts()) {
        boolean applied =
            COUNT_PARTS.contains(part.id())
                ? part.value() > 0
                : !BASE_PARTS.contains(part.id()) && part.value() != 1.0 && part.value() != 0.0;
        if (applied) {
          rules.append(rules.length() == 0 ? "" : " ");
          rules.append(part.id()).append('=').append(part.value());
        }
      }
      out.printf(
          Locale.ROOT,
          "%.4f\t%s\t%s\t%s\t%s\t%s\t-q %s\t-l %s\t%s%n",
          match.score(),
          row.name(),
          match.matchedName(),
          match.party().type(),
          match.party().id(),
          pairs,
          String.join(" ", why.unmatchedQueryTokens()),
          String.join(" ", why.unmatchedListTokens()),
          rules);
    }
    out.printf(
        Locale.ROOT,
        "%s: %d alarms of %d rows (%.2f %%) at %.2f, names only (%s)%n",
        file.getFileName(),
        alarms,
        rows.size(),
        100.0 * alarms / rows.size(),
        ScreeningQuery.DEFAULT_MIN_SCORE,
        scorer);
  }

  /** The name-only scorer, whose parts are the alignment's own. */
  private static final String NAME_SCORER = "aligned-tokens-v1";

  /**
   * The parts of the alignment itself ({@code aligned-tokens-v1}'s), the name and feature parts,
   * the flags and the final score, from core: not printed by {@link #alarms}.
   */
  private static final java.util.Set<String> BASE_PARTS = baseParts();

  /**
   * The rule parts that count pairs (printed when above 0), from core; the other rule parts are
   * factors or adjustments.
   */
  private static final java.util.Set<String> COUNT_PARTS =
      ScreeningQuery.partIdsOf(EntityScorer.ID_V2).stream()
          .filter(part -> part.kind() == ScorePartId.Kind.COUNT)
          .map(ScorePartId::id)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static java.util.Set<String> baseParts() {
    java.util.Set<String> base = new java.util.HashSet<>();
    ScreeningQuery.partIdsOf(NAME_SCORER).forEach(part -> base.add(part.id()));
    for (ScorePartId part : ScreeningQuery.partIdsOf(EntityScorer.ID_V2)) {
      switch (part.kind()) {
        case SCORE, FEATURE, FLAG -> base.add(part.id());
        case MEASURE, COUNT, FACTOR, ADJUSTMENT -> {}
      }
    }
    return java.util.Set.copyOf(base);
  }

  private static ScreeningQuery query(Row row, Mode mode, String scorer) {
    ScreeningQuery query = ScreeningQuery.of(row.name()).withScorer(scorer).withMinScore(0.70);
    if (mode == Mode.NAMES) {
      return query.withScorer(NAME_SCORER);
    }
    if (mode == Mode.NAMES_ENTITY) {
      return query;
    }
    PartyFeatures.Builder features = PartyFeatures.builder();
    if (!row.dob().isBlank()) {
      features.birthDate(row.dob());
    }
    if (mode == Mode.DOB_COUNTRY || mode == Mode.ALL) {
      features.nationality(row.nationality());
    }
    query = query.withFeatures(features.build());
    return mode == Mode.DOB_PERSON || mode == Mode.ALL
        ? query.withPartyType(PartyType.INDIVIDUAL)
        : query;
  }

  private static List<Row> read(Path file) {
    List<Row> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder()
            .ofNamedCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord record : csv) {
        String name = record.getField("full_name").strip();
        if (!name.isEmpty()) {
          rows.add(new Row(name, record.getField("date_of_birth"), record.getField("nationality")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return rows;
  }
}
