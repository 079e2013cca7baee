package org.interdict.scan;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Folds detected records into findings with a sorted external merge
 * (docs/adr/002-finding-folding.md): records collect in a run of at most {@link #RUN_LIMIT}
 * entries; a full run is sorted, folded and written to a temporary file; at the end the runs are
 * merged in {@link FoldEntry#ORDER}, equal {@link FoldEntry#FOLD} keys summed. Memory is one run
 * plus one buffer per spilled run, whatever the number of findings; a scan with fewer than {@code
 * RUN_LIMIT} detections never touches the disk. Not thread-safe.
 */
final class FindingFolder implements AutoCloseable {
  static final int RUN_LIMIT = 32_768;

  private final int runLimit;
  private final List<FoldEntry> run = new ArrayList<>();
  private final List<Path> spills = new ArrayList<>();
  private final List<DataInputStream> open = new ArrayList<>();

  FindingFolder() {
    this(RUN_LIMIT);
  }

  FindingFolder(int runLimit) {
    this.runLimit = runLimit;
  }

  void add(FoldEntry entry) {
    run.add(entry);
    if (run.size() >= runLimit) {
      spill();
    }
  }

  /** Hands every folded entry to {@code out}, in {@link FoldEntry#ORDER}; call once. */
  void drain(Consumer<FoldEntry> out) {
    PriorityQueue<Cursor> heads =
        new PriorityQueue<>((a, b) -> FoldEntry.ORDER.compare(a.head, b.head));
    for (Path spill : spills) {
      DataInputStream in = openRun(spill);
      open.add(in);
      Cursor.of(() -> read(in, spill)).ifPresent(heads::add);
    }
    Iterator<FoldEntry> memory = sortedAndFolded().iterator();
    Cursor.of(() -> memory.hasNext() ? Optional.of(memory.next()) : Optional.empty())
        .ifPresent(heads::add);
    FoldEntry current = null;
    while (!heads.isEmpty()) {
      Cursor cursor = heads.poll();
      FoldEntry next = cursor.head;
      if (cursor.advance()) {
        heads.add(cursor);
      }
      if (current != null && FoldEntry.FOLD.compare(current, next) == 0) {
        current = current.plus(next.occurrences());
      } else {
        if (current != null) {
          out.accept(current);
        }
        current = next;
      }
    }
    if (current != null) {
      out.accept(current);
    }
  }

  int spilledRuns() {
    return spills.size();
  }

  private List<FoldEntry> sortedAndFolded() {
    run.sort(FoldEntry.ORDER);
    List<FoldEntry> folded = new ArrayList<>();
    for (FoldEntry entry : run) {
      int last = folded.size() - 1;
      if (last >= 0 && FoldEntry.FOLD.compare(folded.get(last), entry) == 0) {
        folded.set(last, folded.get(last).plus(entry.occurrences()));
      } else {
        folded.add(entry);
      }
    }
    run.clear();
    return folded;
  }

  private void spill() {
    List<FoldEntry> folded = sortedAndFolded();
    try {
      Path file = Files.createTempFile("interdict-scan-", ".run");
      spills.add(file);
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
        for (FoldEntry entry : folded) {
          SpillCodec.write(entry, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot spill findings to the temporary directory "
              + System.getProperty("java.io.tmpdir")
              + " (set -Djava.io.tmpdir in INTERDICT_JAVA_OPTS): "
              + e.getMessage(),
          e);
    }
  }

  private static DataInputStream openRun(Path spill) {
    try {
      return new DataInputStream(new BufferedInputStream(Files.newInputStream(spill), 1 << 15));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read back spilled findings " + spill + ": " + e.getMessage(), e);
    }
  }

  private static Optional<FoldEntry> read(DataInputStream in, Path spill) {
    try {
      return SpillCodec.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read back spilled findings " + spill + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the run files; safe to call more than once. */
  @Override
  public void close() {
    for (DataInputStream in : open) {
      try {
        in.close();
      } catch (IOException ignored) {
        // The file is deleted next; a failed close leaks nothing that outlives the process.
      }
    }
    open.clear();
    for (Path spill : spills) {
      try {
        Files.deleteIfExists(spill);
      } catch (IOException ignored) {
        // A leftover file in the temporary directory is harmless and named interdict-scan-*.run.
      }
    }
    spills.clear();
  }

  /** The next entry of one sorted run. */
  private static final class Cursor {
    private final java.util.function.Supplier<Optional<FoldEntry>> source;
    private FoldEntry head;

    private Cursor(java.util.function.Supplier<Optional<FoldEntry>> source, FoldEntry head) {
      this.source = source;
      this.head = head;
    }

    static Optional<Cursor> of(java.util.function.Supplier<Optional<FoldEntry>> source) {
      return source.get().map(first -> new Cursor(source, first));
    }

    boolean advance() {
      Optional<FoldEntry> next = source.get();
      next.ifPresent(e -> head = e);
      return next.isPresent();
    }
  }
}
