package org.interdict.cli.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.interdict.cli.ExitCodes;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.lists.snapshot.StoreLock;
import org.interdict.lists.update.ImportFiles;
import org.interdict.lists.update.ListUpdater;
import org.interdict.lists.update.OfficialSources;
import org.interdict.lists.update.UpdateReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code interdict lists import DIR}: stores official files copied by hand (air-gapped sites) as
 * snapshots.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Store official list files from a folder as a snapshot (air-gapped sites).",
      "The files (for example copied from a machine with Internet access) are validated exactly like a download. They are recognised by their official names (SDN.CSV, cons_prim.csv, consolidated.csv, consolidated.xml, dpl.txt, UK-Sanctions-List.xml...) or, for the main file of a list, by content.",
      "Exit codes: 0 every list found was stored or unchanged, 1 at least one failed or suspicious, 2 usage error, 3 internal error."
    })
final class ImportCommand implements Callable<Integer> {
  @ParentCommand ListsCommand parent;
  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--accept-incomplete",
      description =
          "Put in force a list read with problems (rows skipped, bad"
              + " bytes) instead of refusing it; recorded in its checks, and every screening against it still says it is"
              + " incomplete and exits 4.")
  boolean acceptIncomplete;

  @Parameters(paramLabel = "DIR", description = "Folder holding the official files.")
  Path folder;

  @Option(
      names = "--source",
      paramLabel = "ID",
      split = ",",
      description = "Only these sources (default: all found).")
  List<String> sourceIds = new ArrayList<>();

  @Option(
      names = "--fetched-at",
      paramLabel = "INSTANT|DATE",
      description =
          "When the files were downloaded, e.g. 2024-05-03T18:43:00Z or 2024-05-03 (default: now).")
  String fetchedAt;

  @Override
  @SuppressWarnings("try") // the lock is held for the body, never referenced in it
  public Integer call() throws java.io.IOException {
    CommandLine cli = parent.spec.commandLine();
    if (!Files.isDirectory(folder)) {
      throw new CommandLine.ParameterException(cli, "import folder " + folder + " does not exist");
    }
    OfficialSources sources = storeOptions.sources();
    List<OfficialSource> wanted =
        sourceIds.isEmpty() ? sources.all() : sourceIds.stream().map(sources::byId).toList();
    Map<OfficialSource, Map<String, Path>> found = ImportFiles.matchAll(wanted, folder);
    if (found.isEmpty()) {
      cli.getErr()
          .println(
              "interdict lists import: no official list files of "
                  + String.join(", ", wanted.stream().map(OfficialSource::id).toList())
                  + " recognised in "
                  + folder);
      return ExitCodes.USAGE;
    }
    Instant when = when(cli);
    SnapshotStore store = storeOptions.store();
    ListUpdater updater = new ListUpdater(store, Optional.empty(), parent.clock, acceptIncomplete);
    List<UpdateReport> reports = new ArrayList<>();
    try (StoreLock lock = store.lock()) {
      for (Map.Entry<OfficialSource, Map<String, Path>> entry : found.entrySet()) {
        reports.add(updater.importFiles(entry.getKey(), entry.getValue(), when));
      }
      int exit = Reports.print(cli.getOut(), reports);
      // Inside the lock, so the stored index is the one of the snapshots this import left in force
      // (ADR 004).
      ScreeningIndexStep.run(store, parent.clock, cli.getErr());
      return exit;
    }
  }

  private Instant when(CommandLine cli) {
    if (fetchedAt == null) {
      return parent.clock.instant();
    }
    try {
      return fetchedAt.length() == 10
          ? LocalDate.parse(fetchedAt).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(fetchedAt);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          cli,
          "--fetched-at must be an instant like 2024-05-03T18:43:00Z or a"
              + " date like 2024-05-03, was '"
              + fetchedAt
              + "'");
    }
  }
}
