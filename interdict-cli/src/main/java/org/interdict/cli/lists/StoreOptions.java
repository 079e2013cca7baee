package org.interdict.cli.lists;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interdict.lists.snapshot.DataDirs;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.lists.update.OfficialSources;
import picocli.CommandLine.Option;

/**
 * The options every {@code lists} subcommand shares: where the data directory is, and source URL
 * overrides.
 */
final class StoreOptions {
  /**
   * Source settings read from the data directory, if present ({@code us-csl=https://mirror/csl/}).
   */
  static final String SETTINGS_FILE = "sources.properties";

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Data directory (default: $INTERDICT_HOME, else ~/.interdict); snapshots live in DIR/lists.")
  Path dataDir;

  @Option(
      names = "--source-url",
      paramLabel = "ID=URL",
      description =
          "Fetch source ID from this base URL instead of the official one (mirrors, tests); repeatable. "
              + "Also read from DIR/"
              + SETTINGS_FILE
              + ".")
  Map<String, String> sourceUrls = new LinkedHashMap<>();

  Path dataDir() {
    return dataDir != null ? dataDir : DataDirs.current();
  }

  SnapshotStore store() {
    return SnapshotStore.at(dataDir());
  }

  /** The official sources with the settings file, then {@code --source-url}, applied. */
  OfficialSources sources() {
    Map<String, String> settings =
        new LinkedHashMap<>(OfficialSources.readSettings(dataDir().resolve(SETTINGS_FILE)));
    sourceUrls.forEach((id, url) -> settings.put(id + ".url", url));
    return OfficialSources.defaults().withOverrides(settings);
  }
}
