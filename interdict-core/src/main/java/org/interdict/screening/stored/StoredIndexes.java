package org.interdict.screening.stored;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.snapshot.InForceFolders;
import org.interdict.lists.snapshot.InForceLists;
import org.interdict.lists.snapshot.Manifest;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.screening.IndexImage;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.stored.binary.BinaryReader;
import org.interdict.screening.stored.binary.BinaryWriter;
import org.interdict.screening.stored.binary.MalformedBinaryException;
import org.interdict.screening.stored.binary.RecordCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored screening indexes of a snapshot store, in {@code
 * <data-dir>/screening-index/<key>.idx}: one per set of snapshots in force (see {@link IndexKey}).
 * {@link #inForce} loads the one for a date when it is valid and otherwise builds it from the list
 * files (verifying them against their manifests) and stores it, so only the first run after a
 * change of the lists pays for parsing and indexing. A stored index holds the list content as it
 * was verified (SHA-256) when it was built; loading it checks each snapshot file's size and
 * modification time ({@link FileStamps}) instead of hashing the files again. A file that fails a
 * check (checksum, format, engine version, record layout, key) is never used: it is rebuilt and
 * replaced, with a notice. A store whose snapshots have problems (tampered, unreadable manifest) is
 * never given a stored index. Safe to call from several processes at once (files are renamed into
 * place).
 */
public final class StoredIndexes {
  private static final Logger LOG = LoggerFactory.getLogger(StoredIndexes.class);

  /** Folder under the data directory, beside {@code lists/}. */
  public static final String FOLDER = "screening-index";

  private StoredIndexes() {}

  /** The lists in force on {@code date} and their index, from the stored index when it is valid. */
  public static IndexedLists inForce(SnapshotStore store, LocalDate date) {
    InForceFolders folders = InForceFolders.of(store, date);
    List<String> notices = new ArrayList<>();
    Optional<Codecs> codecs = Codecs.make(notices);
    String key = IndexKey.of(store, folders);
    Optional<Path> file =
        folders.chosen().isEmpty() ? Optional.empty() : Optional.of(file(store, key));
    if (codecs.isPresent() && file.isPresent() && Files.isRegularFile(file.get())) {
      try {
        return read(store, file.get(), codecs.get().header(key), codecs.get(), folders);
      } catch (UnusableIndexException | MalformedBinaryException | IOException e) {
        String notice =
            "stored screening index "
                + file.get()
                + " not used ("
                + e.getMessage()
                + "); rebuilding it";
        LOG.warn("{}", notice);
        notices.add(notice);
      }
    }
    InForceLists.Selection selection = InForceLists.select(store, date);
    InForceLists inForce = selection.load();
    LoadedLists bundled = ListLoader.bundled();
    LoadedLists lists = bundled.plus(inForce.lists());
    ScreeningIndex index = ScreeningIndex.build(lists.parties());
    if (codecs.isPresent() && file.isPresent() && !inForce.used().isEmpty()) {
      if (!folders.agrees(selection)) {
        LOG.info(
            "Not storing the screening index: the snapshots in force have problems ({})",
            selection.problems());
      } else {
        try {
          write(
              file.get(),
              codecs.get().header(key),
              codecs.get(),
              bundled,
              inForce,
              selection,
              index);
          IndexFiles.prune(file.get());
        } catch (IOException | RuntimeException e) {
          String notice =
              "cannot store the screening index at "
                  + file.get()
                  + " ("
                  + e.getMessage()
                  + "); the next run builds it again";
          LOG.warn("{}", notice);
          notices.add(notice);
        }
      }
    }
    return new IndexedLists(inForce, lists, index, IndexedLists.Origin.BUILT, notices);
  }

  /**
   * The file the index of the snapshots in force on {@code date} is stored in (it may not exist).
   */
  public static Path file(SnapshotStore store, LocalDate date) {
    return file(store, IndexKey.of(store, InForceFolders.of(store, date)));
  }

  private static Path file(SnapshotStore store, String key) {
    return store.dataDir().resolve(FOLDER).resolve(key.substring(0, 32) + ".idx");
  }

  private static void write(
      Path file,
      IndexFile.Header header,
      Codecs codecs,
      LoadedLists bundled,
      InForceLists inForce,
      InForceLists.Selection selection,
      ScreeningIndex index)
      throws IOException {
    BinaryWriter lists = new BinaryWriter();
    codecs.lists().write(lists, bundled);
    codecs.lists().write(lists, inForce.lists());
    codecs.manifests().writeList(lists, inForce.used().stream().map(Snapshot::manifest).toList());
    List<String> loadProblems = new ArrayList<>(inForce.problems());
    loadProblems.removeAll(selection.problems());
    lists.writeStrings(loadProblems.toArray(new String[0]));
    FileStamps.write(lists, inForce.used());
    BinaryWriter image = new BinaryWriter();
    IndexImage.write(index, image);
    BinaryWriter body = new BinaryWriter().writeSection(lists).writeSection(image);
    IndexFile.write(file, header, body);
    LOG.info(
        "Stored the screening index of {} snapshots ({} bytes) in {}",
        inForce.used().size(),
        body.size(),
        file);
  }

  private static IndexedLists read(
      SnapshotStore store,
      Path file,
      IndexFile.Header header,
      Codecs codecs,
      InForceFolders folders)
      throws IOException {
    long start = System.nanoTime();
    BinaryReader body = IndexFile.read(file, header);
    BinaryReader listsPart = body.section();
    BinaryReader imagePart = body.section();
    FutureTask<IndexImage.Decoded> image = new FutureTask<>(() -> IndexImage.read(imagePart));
    Thread decoder = new Thread(image, "index-decoder");
    decoder.setDaemon(true);
    decoder.start();
    LoadedLists bundled = codecs.lists().read(listsPart);
    LoadedLists official = codecs.lists().read(listsPart);
    List<Manifest> manifests = codecs.manifests().readList(listsPart);
    List<String> problems = new ArrayList<>(folders.problems());
    problems.addAll(List.of(listsPart.readStrings()));
    FileStamps.check(listsPart);
    List<Snapshot> used = new ArrayList<>();
    for (Manifest manifest : manifests) {
      Path folder = store.root().resolve(manifest.sourceId()).resolve(manifest.snapshotId());
      if (!folder.equals(folders.chosen().get(manifest.sourceId()))) {
        throw new UnusableIndexException("it names snapshot " + folder + ", which is not in force");
      }
      used.add(new Snapshot(folder, manifest));
    }
    LoadedLists lists = bundled.plus(official);
    ScreeningIndex index =
        decoded(image).withParties(lists.parties(), ScreeningIndex.DEFAULT_TOKEN_CACHE);
    if (listsPart.remaining() != 0 || body.remaining() != 0) {
      throw new UnusableIndexException("bytes left over after the index");
    }
    LOG.info(
        "Loaded the stored screening index {} ({} parties, {} names) in {} ms",
        file,
        index.partyCount(),
        index.nameCount(),
        (System.nanoTime() - start) / 1_000_000);
    InForceLists inForce = new InForceLists(folders.asOf(), official, used, problems);
    return new IndexedLists(inForce, lists, index, IndexedLists.Origin.STORED, List.of());
  }

  private static IndexImage.Decoded decoded(FutureTask<IndexImage.Decoded> image) {
    try {
      return image.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnusableIndexException("interrupted while decoding", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof MalformedBinaryException malformed) {
        throw malformed;
      }
      throw new UnusableIndexException("cannot decode the index: " + e.getCause(), e.getCause());
    }
  }

  /**
   * The record codecs of the stored lists and manifests; empty (with a notice) when a record cannot
   * be stored.
   */
  private record Codecs(RecordCodec<LoadedLists> lists, RecordCodec<Manifest> manifests) {
    static Optional<Codecs> make(List<String> notices) {
      try {
        return Optional.of(
            new Codecs(RecordCodec.of(LoadedLists.class), RecordCodec.of(Manifest.class)));
      } catch (IllegalArgumentException e) {
        notices.add(
            "the screening index cannot be stored by this build ("
                + e.getMessage()
                + "); building it");
        return Optional.empty();
      }
    }

    IndexFile.Header header(String key) {
      return new IndexFile.Header(
          ScreeningIndex.engineVersion(), lists.schema() + ";" + manifests.schema(), key);
    }
  }
}
