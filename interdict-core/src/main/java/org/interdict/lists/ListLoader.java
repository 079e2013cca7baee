package org.interdict.lists;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.ofac.LegacyFiles;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads lists: the curated snapshot bundled in the jar, or the official files found in a lists directory
 * ({@code --lists-dir}). Never throws for bad rows or files: they become {@link InputError}s and the other
 * lists still load. Stateless and thread-safe.
 */
public final class ListLoader {
  private static final Logger LOG = LoggerFactory.getLogger(ListLoader.class);

  private ListLoader() {}

  /** The bundled {@code interdict-curated} snapshot alone: the default when no lists directory is given. */
  public static LoadedLists bundled() {
    var snapshot = org.interdict.lists.curated.Mapper.readBundled();
    String file = "classpath:" + org.interdict.lists.curated.Mapper.BUNDLED_RESOURCE.substring(1);
    MappedList mapped = org.interdict.lists.curated.Mapper.map(snapshot, file);
    ListInfo info = ListInfo.of(ListSource.CURATED.id(), ListSource.CURATED.title(), mapped.statedDate(),
        List.of(file), mapped.parties().size(), mapped.errors());
    return new LoadedLists(mapped.parties(), List.of(info), mapped.errors());
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
      LOG.info("Passing over {} ({}): a newer or complete snapshot of {} is used instead", skipped.primary(),
          skipped.folderDate().map(LocalDate::toString).orElse("undated"), skipped.source().id());
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
   * {@link #load(ListFileSet)}, with any failure the readers did not foresee turned into an incomplete list with
   * no entries and an error naming the file, so one bad list never stops the others from loading.
   */
  private static LoadedLists loadOrReport(ListFileSet set) {
    try {
      return load(set);
    } catch (RuntimeException e) {
      LOG.warn("Cannot read {} ({}); the list is left out and marked incomplete", set.primary(), e.toString());
      InputError error = InputError.of(set.primary().toString(), 0, ListErrors.UNREADABLE_FILE,
          "reading failed (" + e + "); the list is left out");
      return new LoadedLists(List.of(), List.of(ListInfo.of(set.source().id(), set.source().title(),
          set.folderDate(), List.of(set.primary().toString()), 0, List.of(error))), List.of(error));
    }
  }

  /** One snapshot of one source. */
  public static LoadedLists load(ListFileSet set) {
    Optional<LocalDate> folderDate = set.folderDate();
    List<String> files = new ArrayList<>(List.of(set.primary().toString()));
    MappedList mapped;
    switch (set.source()) {
      case OFAC_SDN:
      case OFAC_NON_SDN: {
        boolean sdn = set.source() == ListSource.OFAC_SDN;
        LegacyFiles legacy = sdn
            ? org.interdict.lists.ofac.sdn.Reader.locate(set.primary())
            : org.interdict.lists.ofac.nonsdn.Reader.locate(set.primary());
        legacy.aliases().ifPresent(path -> files.add(path.toString()));
        legacy.addresses().ifPresent(path -> files.add(path.toString()));
        legacy.comments().ifPresent(path -> files.add(path.toString()));
        mapped = sdn
            ? org.interdict.lists.ofac.sdn.Mapper.map(legacy, folderDate)
            : org.interdict.lists.ofac.nonsdn.Mapper.map(legacy, folderDate);
        break;
      }
      case CSL:
        mapped = org.interdict.lists.csl.Mapper.map(set.primary(), folderDate);
        break;
      case UN:
        mapped = org.interdict.lists.un.Mapper.map(set.primary());
        break;
      case BIS_DPL:
        mapped = org.interdict.lists.dpl.Mapper.map(set.primary(), folderDate);
        break;
      case EU_FSF:
        mapped = org.interdict.lists.eu.Mapper.map(set.primary());
        break;
      case UK_SANCTIONS_LIST:
        mapped = org.interdict.lists.uk.Mapper.map(set.primary());
        break;
      default:
        throw new IllegalArgumentException("list source " + set.source().id() + " is not read from files");
    }
    Optional<LocalDate> date = mapped.statedDate().isPresent() ? mapped.statedDate() : folderDate;
    LOG.info("Loaded {} entries of {} ({}) with {} skipped parts", mapped.parties().size(), set.source().id(),
        date.map(LocalDate::toString).orElse("date unknown"), mapped.errors().size());
    if (!mapped.errors().isEmpty()) {
      LOG.warn("{} is incomplete: {} problems reading it, the first {}", set.source().id(), mapped.errors().size(),
          mapped.errors().get(0));
    }
    ListInfo info = ListInfo.of(set.source().id(), set.source().title(), date, files, mapped.parties().size(),
        mapped.errors());
    return new LoadedLists(mapped.parties(), List.of(info), mapped.errors());
  }
}
