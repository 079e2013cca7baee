package org.interdict.cli.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.interdict.cli.VersionProvider;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.lists.snapshot.StoreLock;
import org.interdict.lists.update.HttpFetcher;
import org.interdict.lists.update.ListUpdater;
import org.interdict.lists.update.OfficialSources;
import org.interdict.lists.update.UpdateReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code interdict lists update}: fetches the official files and stores a validated snapshot per
 * source.
 */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Download the official list files and store each valid download as a snapshot.",
      "Requests are conditional on the snapshot in force (ETag, Last-Modified). Files are validated with the real readers before they are stored. A failed or suspicious download (HTTP error, timeout, truncated or unreadable file, fewer entries than the sanity floor, a drop of more than 20%% against the previous snapshot) keeps the previous snapshot in force and says why.",
      "Exit codes: 0 every source updated or unchanged, 1 at least one failed or suspicious, 2 usage error, 3 internal error."
    })
final class UpdateCommand implements Callable<Integer> {
  @ParentCommand ListsCommand parent;
  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--accept-incomplete",
      description =
          "Put in force a list read with problems (rows skipped, bad"
              + " bytes) instead of refusing it; recorded in its checks, and every screening against it still says it is"
              + " incomplete and exits 4.")
  boolean acceptIncomplete;

  @Option(
      names = "--source",
      paramLabel = "ID",
      split = ",",
      description =
          "Only these sources (default: all): us-csl, us-ofac-sdn, us-ofac-non-sdn, un-sc-consolidated, "
              + "us-bis-dpl, uk-sanctions-list, eu-fsf.")
  List<String> sourceIds = new ArrayList<>();

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Seconds to wait for a server's response headers (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds = 60;

  @Override
  @SuppressWarnings("try") // the lock is held for the body, never referenced in it
  public Integer call() throws java.io.IOException {
    OfficialSources sources = sources();
    List<OfficialSource> wanted =
        sourceIds.isEmpty() ? sources.all() : sourceIds.stream().map(sources::byId).toList();
    SnapshotStore store = storeOptions.store();
    HttpFetcher.Settings defaults = HttpFetcher.Settings.defaults();
    HttpFetcher.Settings settings =
        new HttpFetcher.Settings(
            defaults.connectTimeout(),
            java.time.Duration.ofSeconds(timeoutSeconds),
            defaults.bodyTimeout(),
            defaults.maxBytes());
    List<UpdateReport> reports = new ArrayList<>();
    try (StoreLock lock = store.lock();
        HttpFetcher fetcher = new HttpFetcher(settings, "interdict/" + VersionProvider.version())) {
      ListUpdater updater =
          new ListUpdater(store, Optional.of(fetcher), parent.clock, acceptIncomplete);
      for (OfficialSource source : wanted) {
        reports.add(updater.update(source));
      }
      int exit = Reports.print(parent.spec.commandLine().getOut(), reports);
      Reports.offlineHint(parent.spec.commandLine().getErr(), reports);
      // Inside the lock, so the stored index is the one of the snapshots this update left in force
      // (ADR 004).
      ScreeningIndexStep.run(store, parent.clock, parent.spec.commandLine().getErr());
      return exit;
    }
  }

  private OfficialSources sources() {
    if (timeoutSeconds < 1) {
      throw new CommandLine.ParameterException(
          parent.spec.commandLine(), "--timeout must be at least 1 second");
    }
    return storeOptions.sources();
  }
}
