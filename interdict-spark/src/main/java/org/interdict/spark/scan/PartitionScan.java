package org.interdict.spark.scan;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;
import org.interdict.scan.ScanCollector;
import org.interdict.scan.ScanSource;
import org.interdict.spark.io.HadoopSettings;
import org.interdict.spark.io.NumberedLine;

/**
 * Scans one partition: whole inputs one after the other, or a run of consecutive lines of one
 * osquery log. Either way the CLI's reader feeds the CLI's scanner, which folds repeats within the
 * partition; folding across partitions is left to Spark. Errors are listed up to {@link
 * #ERRORS_LISTED} per partition and all counted.
 */
final class PartitionScan {
  static final int ERRORS_LISTED = 10 * ScanCollector.MAX_ERRORS_KEPT;

  private PartitionScan() {}

  static Iterator<ScanPiece> wholeInputs(
      Iterator<InputPlan> plans, ScanSettings settings, HadoopSettings hadoop) {
    List<ScanPiece> out = new ArrayList<>();
    while (plans.hasNext()) {
      InputPlan plan = plans.next();
      Keeping kept = new Keeping(0);
      ScanAdapter.scan(
          new PartSource(
              plan.file().name(),
              plan.formatId(),
              kept,
              sink -> {
                try {
                  ScanAdapter.readWhole(plan, settings, hadoop.configuration(), sink);
                } catch (UnreadableInventoryException e) {
                  sink.error(
                      new InputError(
                          SourceLocation.ofLine(plan.file().name(), 0),
                          "unreadable-input",
                          e.getMessage()));
                }
              }),
          settings,
          out);
      kept.drainInto(out, plan.file().index(), plan.file().name());
    }
    return out.iterator();
  }

  static Iterator<ScanPiece> logLines(Iterator<NumberedLine> lines, ScanSettings settings) {
    List<ScanPiece> out = new ArrayList<>();
    Peeking rest = new Peeking(lines);
    NumberedLine first = null;
    while (rest.hasNext()) {
      NumberedLine line = rest.peek();
      String text = line.text().strip();
      if (text.startsWith("{")) {
        first = line;
        break;
      }
      rest.next();
      if (!text.isEmpty()) {
        // the CLI's log reader would parse this line and fail; a partition cannot start it on a
        // non-object
        out.add(
            new ScanPiece.ErrorPiece(
                line.file().name(),
                line.line(),
                "malformed-json",
                "not a JSON object: starts with '" + text.charAt(0) + "'; skipping this line"));
        out.add(new ScanPiece.CountPiece(line.file().index(), 0, 1));
      }
    }
    if (first == null) {
      return out.iterator();
    }
    Keeping kept = new Keeping(first.line() - 1);
    String name = first.file().name();
    ScanAdapter.scan(
        new PartSource(
            name, "osquery", kept, sink -> ScanAdapter.readLog(new LinesStream(rest), name, sink)),
        settings,
        out);
    kept.drainInto(out, first.file().index(), name);
    return out.iterator();
  }

  /**
   * One input, or a run of lines of one, as a scan source whose reads pass through {@code kept}.
   */
  private record PartSource(
      String name, String formatId, Keeping kept, Consumer<InventorySink> reader)
      implements ScanSource {
    @Override
    public void readInto(InventorySink sink) {
      kept.next = sink;
      reader.accept(kept);
    }
  }

  /**
   * Counts records, keeps errors (up to the listing cap) and moves line numbers by the partition's
   * first line, on the way to the scanner's sink. Written by the scanner's reading thread, read by
   * the task after the scan.
   */
  private static final class Keeping implements InventorySink {
    private final long lineOffset;
    private InventorySink next;
    private final List<ScanPiece> errors = new ArrayList<>();
    private long records;
    private long errorCount;

    Keeping(long lineOffset) {
      this.lineOffset = lineOffset;
    }

    @Override
    public void record(SoftwareRecord record) {
      records++;
      next.record(lineOffset == 0 ? record : shifted(record));
    }

    @Override
    public void error(InputError error) {
      errorCount++;
      SourceLocation at = shifted(error.location());
      next.error(new InputError(at, error.errorId(), error.message()));
      if (errors.size() < ERRORS_LISTED) {
        errors.add(
            new ScanPiece.ErrorPiece(at.file(), at.line(), error.errorId(), error.message()));
      }
    }

    void drainInto(List<ScanPiece> out, int fileIndex, String fileName) {
      out.addAll(errors);
      if (errorCount > errors.size()) {
        out.add(
            new ScanPiece.ErrorPiece(
                fileName,
                0,
                "more-errors",
                (errorCount - errors.size())
                    + " more errors in this partition were counted but not listed"));
      }
      out.add(new ScanPiece.CountPiece(fileIndex, records, errorCount));
    }

    private SoftwareRecord shifted(SoftwareRecord r) {
      return new SoftwareRecord(
          r.kind(),
          r.host(),
          r.name(),
          r.version(),
          r.publisher(),
          r.bundleId(),
          r.packageName(),
          r.purl(),
          r.cpe(),
          r.path(),
          r.parentName(),
          shifted(r.location()));
    }

    private SourceLocation shifted(SourceLocation at) {
      return at.line() == 0 || lineOffset == 0
          ? at
          : new SourceLocation(at.file(), at.line() + lineOffset, at.pointer());
    }
  }

  /** An iterator that can look at its next line without taking it. */
  private static final class Peeking implements Iterator<NumberedLine> {
    private final Iterator<NumberedLine> lines;
    private NumberedLine next;

    Peeking(Iterator<NumberedLine> lines) {
      this.lines = lines;
    }

    NumberedLine peek() {
      if (next == null) {
        next = lines.next();
      }
      return next;
    }

    @Override
    public boolean hasNext() {
      return next != null || lines.hasNext();
    }

    @Override
    public NumberedLine next() {
      NumberedLine line = peek();
      next = null;
      return line;
    }
  }

  /** The lines as UTF-8 bytes, each ended by a newline, pulled one at a time. */
  private static final class LinesStream extends InputStream {
    private final Iterator<NumberedLine> lines;
    private byte[] current = new byte[0];
    private int at;

    LinesStream(Iterator<NumberedLine> lines) {
      this.lines = lines;
    }

    @Override
    public int read() {
      if (!fill()) {
        return -1;
      }
      return current[at++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(length, current.length - at);
      System.arraycopy(current, at, buffer, offset, n);
      at += n;
      return n;
    }

    private boolean fill() {
      while (at >= current.length) {
        if (!lines.hasNext()) {
          return false;
        }
        current = (lines.next().text() + "\n").getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      return true;
    }
  }
}
