package org.interdict.cli.screen;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.interdict.model.PartyFeatures;
import org.interdict.screening.QueryFeatures;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;

/**
 * Screens the names of one CSV column as a pipeline: this thread reads rows into batches, {@code
 * threads} workers screen whole batches at once, and one writer thread writes the results batch by
 * batch in input order ({@link OrderedResults}), so reading, screening and writing overlap and
 * memory stays bounded by the batches in flight and the {@link RepeatCache}, in which a name
 * repeated in the file is remembered and screened once (screening is deterministic, so the output
 * is the same). A bad row (too few fields) becomes an error line on stderr naming the file and
 * line; the run goes on, and the {@link Summary} says the run was not complete.
 */
final class BatchScreener {
  static final int BATCH_SIZE = 1024;

  private final Function<String, ScreeningQuery> queries;
  private final Function<ScreeningQuery, ScreeningResult> screen;
  private final PrintWriter err;
  private final RepeatCache repeats;

  private FeatureColumns featureColumns = FeatureColumns.NONE;

  BatchScreener(
      Function<String, ScreeningQuery> queries,
      Function<ScreeningQuery, ScreeningResult> screen,
      PrintWriter err) {
    this(queries, screen, err, RepeatCache.sized(Runtime.getRuntime().maxMemory()));
  }

  /** A screener remembering repeated queries in {@code repeats}. */
  BatchScreener(
      Function<String, ScreeningQuery> queries,
      Function<ScreeningQuery, ScreeningResult> screen,
      PrintWriter err,
      RepeatCache repeats) {
    this.queries = queries;
    this.screen = screen;
    this.err = err;
    this.repeats = repeats;
  }

  /** This screener also reading birth dates, countries and identifiers from {@code columns}. */
  BatchScreener withFeatureColumns(FeatureColumns columns) {
    this.featureColumns = columns;
    return this;
  }

  /**
   * A finished run: rows screened, rows skipped as malformed, what the writer wrote (rows with a
   * match, rows whose name could not be screened completely and the first few of those), and
   * whether the reader stopped before the end of the file.
   */
  record Summary(long rows, long badRows, OrderedResults.Written written, boolean stoppedEarly) {
    /** Whether every row was read and screened, so that no match means no match. */
    boolean complete() {
      return badRows == 0 && written.problemRows() == 0 && !stoppedEarly;
    }
  }

  /** Set when the CSV parser cannot go on, so the rest of the file was not read. */
  private boolean stoppedEarly;

  /**
   * Screens every row of {@code file}.
   *
   * @throws UnreadableInputException when the file cannot be opened or lacks a wanted column
   */
  Summary run(Path file, String column, String idColumn, ResultWriter writer, int threads)
      throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    CsvReader<CsvRecord> reader =
        CsvReader.builder().ignoreDifferentFieldCount(true).ofCsvRecord(NamesInput.open(file));
    ExecutorService pool = Executors.newFixedThreadPool(threads, BatchScreener::daemon);
    try (reader) {
      Iterator<CsvRecord> records = reader.iterator();
      if (!records.hasNext()) {
        throw new UnreadableInputException(
            "input file " + file + " is empty; expected a header row with " + column);
      }
      List<String> header = records.next().getFields();
      int nameAt = columnIndex(header, column, file, "--column");
      int idAt = idColumn == null ? -1 : columnIndex(header, idColumn, file, "--id-column");
      int[] featureAt = featureColumns.positions(header, file);
      int needed =
          Math.max(
                  Math.max(nameAt, idAt),
                  Math.max(featureAt[0], Math.max(featureAt[1], featureAt[2])))
              + 1;
      long rows = 0;
      long bad = 0;
      try (OrderedResults results = new OrderedResults(writer, 4 * threads)) {
        while (true) {
          String[] ids = new String[BATCH_SIZE];
          String[] names = new String[BATCH_SIZE];
          PartyFeatures[] features = new PartyFeatures[BATCH_SIZE];
          int size = 0;
          while (size < BATCH_SIZE && hasNext(records, file)) {
            CsvRecord record = records.next();
            if (record.getFieldCount() < needed) {
              bad++;
              err.println(
                  file
                      + ":"
                      + record.getStartingLineNumber()
                      + ": malformed-input-row: "
                      + record.getFieldCount()
                      + " fields, expected at least "
                      + needed
                      + " (header has "
                      + header.size()
                      + "); skipping row");
              continue;
            }
            PartyFeatures rowFeatures = PartyFeatures.none();
            if (featureColumns.any()) {
              try {
                rowFeatures = FeatureColumns.of(featureAt, record::getField);
              } catch (QueryFeatures.BadFeatureException e) {
                bad++;
                err.println(
                    file
                        + ":"
                        + record.getStartingLineNumber()
                        + ": malformed-input-row: "
                        + e.getMessage()
                        + "; skipping row");
                continue;
              }
            }
            ids[size] =
                idAt >= 0 ? record.getField(idAt) : Long.toString(record.getStartingLineNumber());
            features[size] = rowFeatures;
            names[size++] = record.getField(nameAt);
          }
          if (size == 0) {
            break;
          }
          int count = size;
          results.add(
              pool.submit(
                  () -> new OrderedResults.Batch(ids, screenAll(names, features, count), count)));
          rows += count;
        }
        return new Summary(rows, bad, results.finish(), stoppedEarly);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private ScreeningResult[] screenAll(String[] names, PartyFeatures[] features, int count) {
    ScreeningResult[] results = new ScreeningResult[count];
    for (int i = 0; i < count; i++) {
      // a row's features are part of its query, so they are part of the key of a repeat
      String key = features[i].isEmpty() ? names[i] : names[i] + '\u0000' + features[i];
      ScreeningResult known = repeats.get(key);
      if (known == null) {
        ScreeningQuery query = queries.apply(names[i]);
        known = screen.apply(features[i].isEmpty() ? query : query.withFeatures(features[i]));
        repeats.put(key, known);
      }
      results[i] = known;
    }
    return results;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "screen-worker");
    thread.setDaemon(true);
    return thread;
  }

  private boolean hasNext(Iterator<CsvRecord> records, Path file) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw new UnreadableInputException("cannot read input file " + file + ": " + e.getMessage());
    } catch (RuntimeException e) {
      // the parser cannot resynchronise after a broken record, so the rest of the file is
      // unreadable
      err.println(file + ": unreadable-input: " + e.getMessage() + "; stopping here");
      stoppedEarly = true;
      return false;
    }
  }

  private static int columnIndex(List<String> header, String column, Path file, String option) {
    int at = header.indexOf(column);
    if (at < 0) {
      throw new UnreadableInputException(
          "input file "
              + file
              + " has no column '"
              + column
              + "' ("
              + option
              + "); its columns are "
              + header);
    }
    return at;
  }
}
