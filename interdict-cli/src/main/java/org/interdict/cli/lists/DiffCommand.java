package org.interdict.cli.lists;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.interdict.cli.ExitCodes;
import org.interdict.lists.ListInfo;
import org.interdict.lists.ListLoader;
import org.interdict.lists.diff.ListDiff;
import org.interdict.lists.diff.ListDiffer;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.SnapshotStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code interdict lists diff [FROM] [TO]}: entries added, removed and changed field by field. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two snapshots: entries added, removed and changed field by field.",
      "Entries are keyed by entry id; fields compared: name, type, aliases, addresses, countries, programs, dates, identifiers, remarks. FROM and TO are each a date (the snapshot in force that day), a snapshot id (2024-05-03T184300Z) or a folder of list files. Default: the two newest snapshots of each source; with FROM only, TO is the newest.",
      "Exit codes: 0 no differences, 1 differences, 2 usage error or nothing to compare, 3 internal error, 4 a side read with problems (named on stderr)."
    })
final class DiffCommand implements Callable<Integer> {
  @ParentCommand ListsCommand parent;
  @Mixin StoreOptions storeOptions;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FROM", description = "Older side.")
  String from;

  @Parameters(index = "1", arity = "0..1", paramLabel = "TO", description = "Newer side.")
  String to;

  @Option(names = "--source", paramLabel = "ID", split = ",", description = "Only these sources.")
  List<String> sourceIds = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  String format = "table";

  @Mixin org.interdict.cli.OutputOption output;

  /** One source's diff with the labels of its two sides. */
  record SourceDiff(String sourceId, DiffSide from, DiffSide to, ListDiff diff) {}

  @Override
  public Integer call() throws IOException {
    CommandLine cli = parent.spec.commandLine();
    if (!format.equals("table") && !format.equals("json")) {
      throw new CommandLine.ParameterException(
          cli, "--format must be table or json, was '" + format + "'");
    }
    SnapshotStore store = storeOptions.store();
    List<String> notes = new ArrayList<>();
    List<SourceDiff> diffs = new ArrayList<>();
    PrintWriter err = cli.getErr();
    try {
      for (String sourceId : sources(store)) {
        diff(store, sourceId, notes).ifPresent(diffs::add);
      }
    } catch (IllegalArgumentException | org.interdict.InterdictException e) {
      err.println("interdict lists diff: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    notes.forEach(note -> org.interdict.cli.Verbosity.notes(err).println("note: " + note));
    if (diffs.isEmpty()) {
      err.println(
          "interdict lists diff: nothing to compare (give FROM and TO, or store two snapshots of a source)");
      return ExitCodes.USAGE;
    }
    output.write(
        cli.getOut(),
        out -> {
          if (format.equals("json")) {
            DiffJson.write(out, diffs);
          } else {
            DiffTable.write(out, diffs);
          }
          return null;
        });
    boolean complete = true;
    for (SourceDiff d : diffs) {
      for (DiffSide side : List.of(d.from(), d.to())) {
        for (String line : side.incompleteness()) {
          complete = false;
          err.println(
              "warning: "
                  + side.label()
                  + " was not read completely ("
                  + line
                  + "); entries it lost show as removed or added");
        }
      }
    }
    if (!complete) {
      return ExitCodes.INCOMPLETE_LISTS;
    }
    return diffs.stream().allMatch(d -> d.diff().isEmpty()) ? 0 : 1;
  }

  private Set<String> sources(SnapshotStore store) {
    Set<String> ids = new LinkedHashSet<>();
    if (!sourceIds.isEmpty()) {
      sourceIds.forEach(id -> ids.add(id.strip()));
      return ids;
    }
    if (from != null && to != null && DiffSide.isFolder(from) && DiffSide.isFolder(to)) {
      for (String folder : List.of(from, to)) {
        ListLoader.fromDirectory(java.nio.file.Path.of(folder)).lists().stream()
            .map(ListInfo::listId)
            .forEach(ids::add);
      }
      return ids;
    }
    return store.sourceIds();
  }

  private java.util.Optional<SourceDiff> diff(
      SnapshotStore store, String sourceId, List<String> notes) {
    DiffSide older;
    DiffSide newer;
    List<Snapshot> snapshots = store.list(sourceId).snapshots();
    if (from == null) {
      if (snapshots.size() < 2) {
        if (!sourceIds.isEmpty() || !snapshots.isEmpty()) {
          notes.add(sourceId + ": " + snapshots.size() + " snapshot(s) stored; nothing to compare");
        }
        return java.util.Optional.empty();
      }
      older = DiffSide.of(sourceId, snapshots.get(snapshots.size() - 2));
      newer = DiffSide.of(sourceId, snapshots.get(snapshots.size() - 1));
    } else {
      older = DiffSide.resolve(store, sourceId, from);
      if (to == null) {
        if (snapshots.isEmpty()) {
          notes.add(sourceId + ": no snapshot stored to compare " + from + " with");
          return java.util.Optional.empty();
        }
        newer = DiffSide.of(sourceId, snapshots.get(snapshots.size() - 1));
      } else {
        newer = DiffSide.resolve(store, sourceId, to);
      }
    }
    return java.util.Optional.of(
        new SourceDiff(sourceId, older, newer, ListDiffer.diff(older.parties(), newer.parties())));
  }
}
