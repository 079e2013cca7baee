package org.interdict.cli.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.interdict.cli.ExitCodes;
import org.interdict.model.PartyType;
import org.interdict.report.csv.SafeCsvWriter;
import org.interdict.screening.ExplanationJson;
import org.interdict.screening.Match;
import org.interdict.screening.PairComparison;
import org.interdict.screening.ScreeningQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interdict compare}: scores two names, or every row of a CSV of pairs, with the screening
 * scorer, and writes one result per pair in input order with the score, whether it matches at the
 * threshold, and the explanation. Exit code 0 when no pair matches, 1 when at least one does, 2 on
 * a usage or input error.
 */
@Command(
    name = "compare",
    description = {
      "Compare two names (or each row of a CSV of name pairs) with the screening scorer and explain the score.",
      "Exit codes: 0 no pair matches, 1 at least one pair matches, 2 usage error or unreadable input,"
          + " 3 internal error."
    })
public final class CompareCommand implements Callable<Integer> {
  static final String[] HEADER = {
    "row", "left", "right", "score", "match", "scorer", "score_parts", "pairs"
  };

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  org.interdict.cli.verify.SignOption sign = new org.interdict.cli.verify.SignOption();

  java.time.Clock clock = java.time.Clock.systemUTC();

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..2",
      description = "The two names to compare (A is screened against B).")
  List<String> names = new ArrayList<>();

  @CommandLine.Mixin PairFeatureOptions features = new PairFeatureOptions();

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description =
          "What B is: person or org (default: unknown; a person's single letters may abbreviate names).")
  String type;

  @Option(
      names = "--input",
      paramLabel = "PAIRS.csv",
      description = "CSV file of pairs with a header row.")
  Path input;

  @Option(
      names = "--left-column",
      paramLabel = "COL",
      description = "Column of --input holding name A.")
  String leftColumn;

  @Option(
      names = "--right-column",
      paramLabel = "COL",
      description = "Column of --input holding name B.")
  String rightColumn;

  @Option(
      names = "--type-column",
      paramLabel = "COL",
      description =
          "Column of --input saying what B is (person, org, or a FollowTheMoney schema such as Person, Company).")
  String typeColumn;

  @Option(
      names = "--threshold",
      paramLabel = "S",
      description = "Score at or above which a pair matches (default: ${DEFAULT-VALUE}).")
  double threshold = ScreeningQuery.DEFAULT_MIN_SCORE;

  @CommandLine.Mixin
  org.interdict.cli.screen.ScorerOption scorer = new org.interdict.cli.screen.ScorerOption();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "csv or json (default: ${DEFAULT-VALUE}).")
  String format = "csv";

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write results here instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    validate(cli);
    var key = sign.load(spec, output, format.equals("json"));
    List<Pair> pairs;
    try {
      pairs =
          input == null
              ? List.of(
                  new Pair(
                      "1",
                      new PairComparison.Side(names.get(0), PartyType.UNKNOWN, features.a()),
                      new PairComparison.Side(
                          names.get(1),
                          type == null ? PartyType.UNKNOWN : PairsCsv.type(type),
                          features.b())))
              : PairsCsv.read(
                  input,
                  new PairsCsv.Columns(
                      leftColumn,
                      rightColumn,
                      typeColumn,
                      features.columnsA(),
                      features.columnsB()));
    } catch (org.interdict.InvalidValueException | org.interdict.UnreadableInputException e) {
      cli.getErr().println("interdict compare: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    boolean any = false;
    try (Writer out =
        output == null
            ? new PrintWriter(cli.getOut())
            : new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
      PairWriter writer = format.equals("json") ? new JsonPairWriter(out) : new CsvPairWriter(out);
      for (Pair pair : pairs) {
        Optional<Match> match = PairComparison.compare(pair.left(), pair.right(), scorer.id());
        double score = match.map(Match::score).orElse(0.0);
        any |= score >= threshold;
        writer.write(pair, score, score >= threshold, match);
      }
      writer.finish();
    }
    sign.sign(spec, key, output, clock);
    return any ? ExitCodes.FOUND : ExitCodes.CLEAN;
  }

  private void validate(CommandLine cli) {
    if (input == null && names.size() != 2) {
      throw new CommandLine.ParameterException(
          cli, "give two NAMEs, or --input PAIRS.csv --left-column COL" + " --right-column COL");
    }
    if (input != null && (!names.isEmpty() || leftColumn == null || rightColumn == null)) {
      throw new CommandLine.ParameterException(
          cli, "--input takes --left-column and --right-column, and no NAMEs");
    }
    if (input != null && features.anyValue()) {
      throw new CommandLine.ParameterException(
          cli,
          "--dob-a, --country-a, --identifier-a and their -b forms go with two NAMEs; with --input"
              + " name columns: --dob-a-column, --country-b-column...");
    }
    if (input == null
        && (typeColumn != null || features.columnsA().any() || features.columnsB().any())) {
      throw new CommandLine.ParameterException(
          cli, "--type-column and the feature columns (--dob-a-column...) apply only with --input");
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new CommandLine.ParameterException(
          cli, "--threshold must be between 0 and 1, was " + threshold);
    }
    if (!format.equals("csv") && !format.equals("json")) {
      throw new CommandLine.ParameterException(cli, "--format must be csv or json, was " + format);
    }
  }

  /** One pair to compare and the id of its row (the line number for --input). */
  record Pair(String row, PairComparison.Side left, PairComparison.Side right) {}

  private interface PairWriter {
    void write(Pair pair, double score, boolean match, Optional<Match> detail) throws IOException;

    void finish() throws IOException;
  }

  private static final class CsvPairWriter implements PairWriter {
    private final SafeCsvWriter csv;

    CsvPairWriter(Writer out) {
      this.csv = SafeCsvWriter.withLf(out);
      csv.row(HEADER);
    }

    @Override
    public void write(Pair pair, double score, boolean match, Optional<Match> detail) {
      String parts = detail.map(m -> m.explanation().partsText()).orElse("");
      String pairs =
          detail
              .map(
                  m ->
                      String.join(
                          " ",
                          m.explanation().pairs().stream()
                              .map(p -> p.queryToken() + "~" + p.listToken())
                              .toList()))
              .orElse("");
      csv.row(
          pair.row(),
          pair.left().name(),
          pair.right().name(),
          String.format(Locale.ROOT, "%.4f", score),
          Boolean.toString(match),
          detail.map(m -> m.explanation().scorerId()).orElse(""),
          parts,
          pairs);
    }

    @Override
    public void finish() throws IOException {
      csv.flush();
    }
  }

  private static final class JsonPairWriter implements PairWriter {
    private final JsonGenerator json;

    JsonPairWriter(Writer out) throws IOException {
      json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeArrayFieldStart("results");
    }

    @Override
    public void write(Pair pair, double score, boolean match, Optional<Match> detail)
        throws IOException {
      json.writeStartObject();
      json.writeStringField("row", pair.row());
      json.writeStringField("left", pair.left().name());
      json.writeStringField("right", pair.right().name());
      json.writeNumberField("score", score);
      json.writeBooleanField("match", match);
      if (detail.isPresent()) {
        json.writeFieldName("explanation");
        ExplanationJson.write(json, detail.get().explanation());
      } else {
        json.writeNullField("explanation");
      }
      json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
    }
  }
}
