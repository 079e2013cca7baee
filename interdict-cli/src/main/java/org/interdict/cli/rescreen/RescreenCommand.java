package org.interdict.cli.rescreen;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.interdict.cli.ExitCodes;
import org.interdict.cli.screen.NamesCsv;
import org.interdict.lists.ListInfo;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.delta.Baseline;
import org.interdict.screening.delta.DeltaRescreener;
import org.interdict.screening.delta.DeltaResult;
import org.interdict.screening.delta.HitChange;
import org.interdict.screening.delta.ListChange;
import org.interdict.screening.delta.StoredNames;
import org.interdict.screening.delta.StoredParty;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interdict rescreen}: the hits a list update adds to or removes from a file of stored
 * parties.
 */
@Command(
    name = "rescreen",
    description = {
      "Re-screen stored parties after a list update and report the hits that appeared or disappeared.",
      "--from and --to are lists folders (or dated snapshot folders) as --lists-dir reads them; the bundled curated "
          + "snapshot is added to both.",
      "The parties are screened against --from once (the baseline), then only those the changed entries can affect "
          + "are re-screened against --to; the result equals a full re-screen.",
      "Exit codes: 0 no new hit, 1 at least one new hit, 2 usage error or unreadable input, 3 internal error."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:no new hit",
      "1:at least one new hit",
      "2:usage error or unreadable input",
      "3:internal error (a bug, or out of memory)",
      "4:a list of --from or --to was not read completely; changes are written but may be missing"
    })
public final class RescreenCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = "--parties",
      required = true,
      paramLabel = "FILE.csv",
      description = "CSV of stored parties with a header row.")
  Path parties;

  @Option(
      names = "--column",
      required = true,
      paramLabel = "COL",
      description = "Column holding the names.")
  String column;

  @Option(
      names = "--id-column",
      paramLabel = "COL",
      description = "Column identifying parties (default: line number).")
  String idColumn;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DIR",
      description = "Lists before the update.")
  Path from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DIR",
      description = "Lists after the update.")
  Path to;

  @Option(
      names = "--min-score",
      paramLabel = "S",
      description = "Minimum score in [0, 1] (default: ${DEFAULT-VALUE}).")
  double minScore = ScreeningQuery.DEFAULT_MIN_SCORE;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = RescreenFormat.Converter.class,
      description = "table, json or csv (default: table).")
  RescreenFormat format = RescreenFormat.TABLE;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write results here instead of standard output.")
  Path output;

  @CommandLine.Mixin
  org.interdict.cli.verify.SignOption sign = new org.interdict.cli.verify.SignOption();

  @Override
  public Integer call() throws IOException {
    var key = sign.load(spec, output, format == RescreenFormat.JSON);
    int exit = rescreen();
    sign.sign(spec, key, output, java.time.Clock.systemUTC());
    return exit;
  }

  private int rescreen() throws IOException {
    CommandLine cli = spec.commandLine();
    if (!(minScore > Baseline.DEFAULT_BAND && minScore <= 1)) {
      throw new CommandLine.ParameterException(
          cli,
          "--min-score must be above " + Baseline.DEFAULT_BAND + " and at most 1, was " + minScore);
    }
    PrintWriter err = cli.getErr();
    List<StoredParty> stored =
        NamesCsv.read(parties, column, idColumn, err).stream()
            .map(row -> new StoredParty(row.id(), row.name()))
            .toList();
    LoadedLists before = ListLoader.bundled().plus(ListLoader.fromDirectory(from));
    LoadedLists after = ListLoader.bundled().plus(ListLoader.fromDirectory(to));
    ScreeningIndex beforeIndex = ScreeningIndex.build(before.parties());
    ScreeningIndex afterIndex = ScreeningIndex.build(after.parties());
    ListChange change = ListChange.between(before.parties(), after.parties());
    ScreeningQuery template = ScreeningQuery.of("").withMinScore(minScore);
    StoredNames names = StoredNames.of(stored);
    Baseline baseline = Baseline.screen(names, beforeIndex, template, Baseline.DEFAULT_BAND);
    DeltaResult delta = DeltaRescreener.rescreen(names, baseline, beforeIndex, afterIndex, change);
    List<HitChange> changes = new ArrayList<>(delta.newHits());
    changes.addAll(delta.goneHits());
    changes.sort(DeltaRescreener.order().thenComparing(HitChange::kind));
    RescreenReport report =
        new RescreenReport(describe(before), describe(after), change, delta, changes, minScore);
    try (Writer out =
        output == null
            ? new KeepOpen(cli.getOut())
            : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      format.write(report, out);
    }
    PrintWriter notes = org.interdict.cli.Verbosity.notes(err);
    notes.printf(
        Locale.ROOT,
        "Re-screened %d of %d stored parties: %d new hits, %d gone%n",
        delta.rescreened(),
        delta.storedParties(),
        delta.newHits().size(),
        delta.goneHits().size());
    List<String> incomplete = new ArrayList<>();
    before.describeIncompleteness().forEach(line -> incomplete.add("--from " + line));
    after.describeIncompleteness().forEach(line -> incomplete.add("--to " + line));
    incomplete.forEach(line -> notes.println("warning: incomplete list: " + line));
    if (!incomplete.isEmpty()) {
      return ExitCodes.INCOMPLETE_LISTS;
    }
    return delta.newHits().isEmpty() ? ExitCodes.CLEAN : ExitCodes.FOUND;
  }

  private static List<String> describe(LoadedLists lists) {
    return lists.lists().stream().map(ListInfo::describe).toList();
  }

  /** Leaves picocli's writer open, since the caller owns it. */
  private static final class KeepOpen extends java.io.FilterWriter {
    KeepOpen(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
