package org.interdict.cli.screen;

import java.io.IOException;
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
import org.interdict.InterdictException;
import org.interdict.cli.ExitCodes;
import org.interdict.screening.ScreeningFilter;
import org.interdict.screening.ScreeningQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interdict screen}: screens names given as arguments or read from a CSV column against
 * restricted lists.
 */
@Command(
    name = "screen",
    description = {
      "Screen party names against restricted-party lists (fuzzy, transliteration-aware, explained).",
      "Lists: the bundled curated snapshot, plus the official files found in --lists-dir or the snapshots stored in"
          + " --data-dir.",
      "Exit codes: 0 no match at or above --min-score (every name read and screened), 1 at least one match,"
          + " 2 usage error, unreadable input, or no match while a row was skipped or a name could not be screened"
          + " completely (no letters or digits, a script Interdict cannot romanize), 3 internal error,"
          + " 4 a list could not be read completely (results written, but a no-match proves nothing)."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:no match, every name read and screened",
      "1:at least one match",
      "2:usage error, unreadable input, or no match with a row skipped or a name not screened completely",
      "3:internal error (a bug, or out of memory)",
      "4:a list was not read completely (rows skipped, bad bytes, a parser limit); results are incomplete"
    })
public final class ScreenCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Decides "today" for {@code --data-dir} without {@code --as-of}; tests may replace it. */
  java.time.Clock clock = java.time.Clock.systemUTC();

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(paramLabel = "NAME", arity = "0..*", description = "Names to screen.")
  List<String> names = new ArrayList<>();

  @Option(
      names = "--input",
      paramLabel = "FILE.csv",
      description = "CSV file with a header row (- for standard input); streamed.")
  Path input;

  @Option(
      names = "--column",
      paramLabel = "COL",
      description = "Column of --input holding the names.")
  String column;

  @Option(
      names = "--id-column",
      paramLabel = "COL",
      description = "Column of --input identifying rows (default: line).")
  String idColumn;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write results here instead of standard output.")
  Path output;

  @Option(
      names = "--lists-dir",
      paramLabel = "DIR",
      description = "Folder of official list files to add.")
  Path listsDir;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description =
          "Screen against the stored list snapshots in force on this date (see interdict lists); not with --lists-dir.")
  java.time.LocalDate asOf;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Screen against the stored list snapshots of this data directory (in force today, or on --as-of; default with --as-of: $INTERDICT_HOME, else ~/.interdict), using their stored screening index.")
  Path dataDir;

  @Option(
      names = "--list",
      paramLabel = "ID",
      split = ",",
      description = "Only these list ids (prefix: us-csl covers its sub-lists).")
  List<String> lists = new ArrayList<>();

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      split = ",",
      description = "Only these party types: individual, entity, vessel, aircraft, unknown.")
  List<String> types = new ArrayList<>();

  @Option(
      names = "--program",
      paramLabel = "PROGRAM",
      split = ",",
      description = "Only parties under these programs.")
  List<String> programs = new ArrayList<>();

  @Option(
      names = "--country",
      paramLabel = "COUNTRY",
      split = ",",
      description =
          "Only parties tied to these countries (ISO 3166 code such as RU or RUS, or English name;"
              + " compared as --party-country reads them).")
  List<String> countries = new ArrayList<>();

  @CommandLine.Mixin FeatureOptions features = new FeatureOptions();

  @CommandLine.Mixin FeatureColumnOptions featureColumns = new FeatureColumnOptions();

  @CommandLine.Mixin ScorerOption scorer = new ScorerOption();

  @Option(
      names = "--min-score",
      paramLabel = "S",
      description = "Minimum score in [0, 1] (default: ${DEFAULT-VALUE}).")
  double minScore = ScreeningQuery.DEFAULT_MIN_SCORE;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Most matches per name (default: ${DEFAULT-VALUE}).")
  int limit = ScreeningQuery.DEFAULT_LIMIT;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      description = "table, json or csv (default: table for names, csv for --input).")
  OutputFormat format;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for --input, at least 1 (default: available cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Mixin OwnershipOption ownership = new OwnershipOption();

  @CommandLine.Mixin
  org.interdict.cli.verify.SignOption sign = new org.interdict.cli.verify.SignOption();

  @Override
  public Integer call() throws IOException {
    var key = sign.load(spec, output, format == OutputFormat.JSON);
    int exit = screen();
    if (exit != ExitCodes.USAGE) {
      sign.sign(spec, key, output, clock);
    }
    return exit;
  }

  private int screen() throws IOException {
    CommandLine cli = spec.commandLine();
    validateShape(cli);
    PrintWriter err = cli.getErr();
    ScreeningSetup setup;
    List<String> notices = new ArrayList<>();
    try {
      setup =
          asOf == null && dataDir == null
              ? ScreeningSetup.load(Optional.ofNullable(listsDir))
              : ScreeningSetup.asOf(
                  org.interdict.lists.snapshot.SnapshotStore.at(
                      dataDir != null ? dataDir : org.interdict.lists.snapshot.DataDirs.current()),
                  screeningDate(),
                  notices);
    } catch (InterdictException e) {
      err.println("interdict screen: " + e.getMessage());
      return 2;
    }
    PrintWriter notes = org.interdict.cli.Verbosity.notes(err);
    notices.forEach(notice -> notes.println("warning: " + notice));
    ScreeningQuery template;
    try {
      template =
          new ScreeningQuery(
              "",
              filter(cli, setup),
              minScore,
              limit,
              features.features(),
              scorer.id(),
              features.partyType());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    setup.lists().errors().stream()
        .limit(5)
        .forEach(e -> notes.println("warning: list row skipped: " + e));
    if (setup.lists().errors().size() > 5) {
      notes.println("warning: " + setup.lists().errors().size() + " list rows skipped in total");
    }
    setup
        .asOf()
        .ifPresent(inForce -> inForce.problems().forEach(p -> notes.println("warning: " + p)));
    setup
        .lists()
        .describeIncompleteness()
        .forEach(
            line ->
                notes.println(
                    "warning: incomplete list: "
                        + line
                        + "; a no-match against it proves nothing (exit code "
                        + ExitCodes.INCOMPLETE_LISTS
                        + ")"));
    OutputFormat chosen =
        format != null ? format : input != null ? OutputFormat.CSV : OutputFormat.TABLE;
    if (input != null && chosen == OutputFormat.TABLE) {
      throw new CommandLine.ParameterException(cli, "--input writes csv or json, not table");
    }
    if (ownership.given()) {
      List<String> extra = new ArrayList<>(names);
      if (input != null) {
        NamesCsv.read(input, column, idColumn, err).forEach(row -> extra.add(row.name()));
      }
      try (Writer out = openOutput(cli)) {
        return unlessIncomplete(
            setup, ownership.run(setup, template, extra, asOf, chosen, out, err));
      }
    }
    try (Writer out = openOutput(cli);
        ResultWriter writer = chosen.writer(out)) {
      writer.begin(setup, minScore, template.scorer());
      if (chosen == OutputFormat.CSV) {
        setup
            .describeSnapshots()
            .forEach(line -> notes.println("Snapshot in force on " + asOf + ": " + line));
      }
      if (input != null) {
        if (chosen == OutputFormat.CSV) {
          notes.println("Lists used: " + String.join("; ", setup.describeLists()));
        }
        BatchScreener batch =
            new BatchScreener(template::withName, setup.index()::screen, err)
                .withFeatureColumns(featureColumns.columns());
        BatchScreener.Summary summary = batch.run(input, column, idColumn, writer, threads);
        OrderedResults.Written written = summary.written();
        notes.printf(
            Locale.ROOT,
            "Screened %d names: %d with matches, %d bad rows, %d not screened completely%n",
            summary.rows(),
            written.matchedRows(),
            summary.badRows(),
            written.problemRows());
        written.firstProblems().forEach(line -> err.println("warning: input id " + line));
        if (written.problemRows() > written.firstProblems().size()) {
          err.println(
              "warning: "
                  + written.problemRows()
                  + " names not screened completely in total (query_problem column)");
        }
        return unlessIncomplete(
            setup, outcome(written.matchedRows() > 0, summary.complete(), input.toString(), err));
      }
      boolean anyMatch = false;
      boolean complete = true;
      for (int i = 0; i < names.size(); i++) {
        var result = setup.index().screen(template.withName(names.get(i)));
        writer.write(Integer.toString(i + 1), result);
        anyMatch |= !result.matches().isEmpty();
        var problem = result.problem();
        if (problem.isPresent()) {
          complete = false;
          err.println(
              "warning: name "
                  + (i + 1)
                  + ": "
                  + problem.get().id()
                  + ": "
                  + problem.get().message());
        }
      }
      return unlessIncomplete(setup, outcome(anyMatch, complete, "the arguments", err));
    } catch (UnreadableInputException e) {
      err.println("interdict screen: " + e.getMessage());
      return 2;
    }
  }

  /**
   * As {@code scan} does for inputs: a match exits 1 whatever else happened (the report names the
   * problems); without one, 0 only when every name was read and screened completely, else 2, so
   * that a row skipped or a name that could not be screened never passes as "no match".
   */
  private static int outcome(boolean anyMatch, boolean complete, String what, PrintWriter err) {
    if (anyMatch) {
      return ExitCodes.FOUND;
    }
    if (complete) {
      return ExitCodes.CLEAN;
    }
    err.println(
        "interdict screen: no match, but not every name in "
            + what
            + " was read and screened (see the warnings above), so this proves nothing (exit code "
            + ExitCodes.USAGE
            + ")");
    return ExitCodes.USAGE;
  }

  /** {@link ExitCodes#INCOMPLETE_LISTS} instead of 0 or 1 when a list was not read completely. */
  private static int unlessIncomplete(ScreeningSetup setup, int code) {
    return (code == ExitCodes.CLEAN || code == ExitCodes.FOUND) && !setup.lists().complete()
        ? ExitCodes.INCOMPLETE_LISTS
        : code;
  }

  private void validateShape(CommandLine cli) {
    if (input == null && names.isEmpty() && !ownership.given()) {
      throw new CommandLine.ParameterException(
          cli, "give at least one NAME, or --input FILE.csv --column COL, or --ownership FILE.csv");
    }
    if (input != null && !names.isEmpty()) {
      throw new CommandLine.ParameterException(cli, "give NAMEs or --input, not both");
    }
    if (input != null && column == null) {
      throw new CommandLine.ParameterException(
          cli, "--input needs --column naming the column of names");
    }
    if (input == null && (column != null || idColumn != null)) {
      throw new CommandLine.ParameterException(
          cli, "--column and --id-column apply only with --input");
    }
    if (input == null && featureColumns.columns().any()) {
      throw new CommandLine.ParameterException(
          cli, "--dob-column, --country-column and --identifier-column apply only with --input");
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new CommandLine.ParameterException(
          cli, "--min-score must be between 0 and 1, was " + minScore);
    }
    if (asOf != null && listsDir != null) {
      throw new CommandLine.ParameterException(
          cli,
          "--as-of screens the stored snapshots of --data-dir; do not combine it with --lists-dir");
    }
    if (dataDir != null && listsDir != null) {
      throw new CommandLine.ParameterException(
          cli, "--data-dir screens the stored snapshots; do not combine it with --lists-dir");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(cli, "--threads must be at least 1, was " + threads);
    }
    if (limit < 1) {
      throw new CommandLine.ParameterException(cli, "--limit must be at least 1, was " + limit);
    }
  }

  /** {@code --as-of}, else today (UTC) for {@code --data-dir} alone. */
  private java.time.LocalDate screeningDate() {
    return asOf != null ? asOf : java.time.LocalDate.now(clock);
  }

  private ScreeningFilter filter(CommandLine cli, ScreeningSetup setup) {
    try {
      return FilterOptions.toFilter(setup, lists, types, programs, countries);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
  }

  private Writer openOutput(CommandLine cli) throws IOException {
    if (output == null) {
      return new NonClosingWriter(cli.getOut());
    }
    try {
      return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UnreadableInputException(
          "cannot write output file " + output + ": " + e.getMessage());
    }
  }

  /** Keeps picocli's writer open after the run, since the caller owns it. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
