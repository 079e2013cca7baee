package org.interdict.lists;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads lists: the curated snapshot bundled in the jar, or the official files found in a lists
 * directory ({@code --lists-dir}). Never throws for bad rows or files: they become {@link
 * InputError}s and the other lists still load. Stateless and thread-safe.
 */
public final class ListLoader {
  private static final Logger LOG = LoggerFactory.getLogger(ListLoader.class);

  private ListLoader() {}

  /**
   * The snapshots bundled in the jar (the {@code interdict-curated} list alone in this build): the
   * default when no lists directory is given.
   */
  public static LoadedLists bundled() {
    LoadedLists all = LoadedLists.empty();
    for (ListSource source : ListSources.all()) {
      for (ListSource.ListRead read : source.bundled().stream().toList()) {
        MappedList mapped = read.mapped();
        ListInfo info =
            ListInfo.of(
                source.id(),
                source.title(),
                mapped.statedDate(),
                read.files(),
                mapped.parties().size(),
                mapped.errors());
        all = all.plus(new LoadedLists(mapped.parties(), List.of(info), mapped.errors()));
      }
    }
    return all;
  }

  /** The bundled snapshot when {@code listsDir} is empty, else the official lists found there. */
  public static LoadedLists load(Optional<Path> listsDir) {
    return listsDir.map(ListLoader::fromDirectory).orElseGet(ListLoader::bundled);
  }

  /**
   * Every recognised list in {@code dir} and its sub-folders, one snapshot per source chosen as
   * {@link ListDirectory} describes.
   *
   * @throws UnreadableListException when {@code dir} is not a readable directory
   */
  public static LoadedLists fromDirectory(Path dir) {
    ListDirectory.Selection selection = ListDirectory.scan(dir);
    for (ListFileSet skipped : selection.passedOver()) {
      LOG.info(
          "Passing over {} ({}): a newer or complete snapshot of {} is used instead",
          skipped.primary(),
          skipped.folderDate().map(LocalDate::toString).orElse("undated"),
          skipped.source().id());
    }
    List<Party> parties = new ArrayList<>();
    List<ListInfo> infos = new ArrayList<>();
    List<InputError> errors = new ArrayList<>(selection.errors());
    for (ListFileSet set : selection.chosen()) {
      LoadedLists one = loadOrReport(set);
      parties.addAll(one.parties());
      infos.addAll(one.lists());
      errors.addAll(one.errors());
    }
    if (infos.isEmpty()) {
      LOG.warn("No list files recognised in {}; nothing will be screened against", dir);
    }
    return new LoadedLists(parties, infos, errors);
  }

  /**
   * {@link #load(ListFileSet)}, with any failure the readers did not foresee turned into an
   * incomplete list with no entries and an error naming the file, so one bad list never stops the
   * others from loading.
   */
  private static LoadedLists loadOrReport(ListFileSet set) {
    try {
      return load(set);
    } catch (RuntimeException e) {
      LOG.warn(
          "Cannot read {} ({}); the list is left out and marked incomplete",
          set.primary(),
          e.toString());
      InputError error =
          InputError.of(
              set.primary().toString(),
              0,
              ListErrors.UNREADABLE_FILE,
              "reading failed (" + e + "); the list is left out");
      return new LoadedLists(
          List.of(),
          List.of(
              ListInfo.of(
                  set.source().id(),
                  set.source().title(),
                  set.folderDate(),
                  List.of(set.primary().toString()),
                  0,
                  List.of(error))),
          List.of(error));
    }
  }

  /** One snapshot of one source, read by that source ({@link ListSource#read}). */
  public static LoadedLists load(ListFileSet set) {
    Optional<LocalDate> folderDate = set.folderDate();
    ListSource.ListRead read = set.source().read(set);
    MappedList mapped = read.mapped();
    List<String> files = read.files();
    Optional<LocalDate> date = mapped.statedDate().isPresent() ? mapped.statedDate() : folderDate;
    LOG.info(
        "Loaded {} entries of {} ({}) with {} skipped parts",
        mapped.parties().size(),
        set.source().id(),
        date.map(LocalDate::toString).orElse("date unknown"),
        mapped.errors().size());
    if (!mapped.errors().isEmpty()) {
      LOG.warn(
          "{} is incomplete: {} problems reading it, the first {}",
          set.source().id(),
          mapped.errors().size(),
          mapped.errors().get(0));
    }
    ListInfo info =
        ListInfo.of(
            set.source().id(),
            set.source().title(),
            date,
            files,
            mapped.parties().size(),
            mapped.errors());
    return new LoadedLists(mapped.parties(), List.of(info), mapped.errors());
  }
}
