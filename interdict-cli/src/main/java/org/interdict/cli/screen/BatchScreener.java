package org.interdict.cli.screen;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;

/**
 * Screens the names of one CSV column, streaming: rows are read in bounded batches, each batch is screened in
 * parallel on a fork-join pool, and results are written in input order before the next batch is read. A bad row
 * (too few fields) becomes an error line on stderr naming the file and line; the run goes on.
 */
final class BatchScreener {
  static final int BATCH_SIZE = 4096;

  private final Function<String, ScreeningQuery> queries;
  private final Function<ScreeningQuery, ScreeningResult> screen;
  private final PrintWriter err;

  BatchScreener(
      Function<String, ScreeningQuery> queries, Function<ScreeningQuery, ScreeningResult> screen, PrintWriter err) {
    this.queries = queries;
    this.screen = screen;
    this.err = err;
  }

  /** Counts of a finished run. */
  record Summary(long rows, long matchedRows, long badRows) {}

  /**
   * Screens every row of {@code file}.
   *
   * @throws UnreadableInputException when the file cannot be opened or lacks a wanted column
   */
  Summary run(Path file, String column, String idColumn, ResultWriter writer, int threads) throws IOException {
    CsvReader<CsvRecord> reader = CsvReader.builder().ignoreDifferentFieldCount(true)
        .ofCsvRecord(NamesInput.open(file));
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try (reader) {
      Iterator<CsvRecord> records = reader.iterator();
      if (!records.hasNext()) {
        throw new UnreadableInputException("input file " + file + " is empty; expected a header row with " + column);
      }
      List<String> header = records.next().getFields();
      int nameAt = columnIndex(header, column, file, "--column");
      int idAt = idColumn == null ? -1 : columnIndex(header, idColumn, file, "--id-column");
      long rows = 0;
      long matched = 0;
      long bad = 0;
      List<String[]> batch = new ArrayList<>(BATCH_SIZE);
      while (true) {
        batch.clear();
        while (batch.size() < BATCH_SIZE && hasNext(records, file)) {
          CsvRecord record = records.next();
          int needed = Math.max(nameAt, idAt) + 1;
          if (record.getFieldCount() < needed) {
            bad++;
            err.println(file + ":" + record.getStartingLineNumber() + ": malformed-input-row: " + record.getFieldCount()
                + " fields, expected at least " + needed + " (header has " + header.size() + "); skipping row");
            continue;
          }
          String id = idAt >= 0 ? record.getField(idAt) : Long.toString(record.getStartingLineNumber());
          batch.add(new String[] {id, record.getField(nameAt)});
        }
        if (batch.isEmpty()) {
          break;
        }
        ScreeningResult[] results = screenBatch(batch, pool);
        for (int i = 0; i < results.length; i++) {
          writer.write(batch.get(i)[0], results[i]);
          matched += results[i].matches().isEmpty() ? 0 : 1;
        }
        rows += batch.size();
      }
      return new Summary(rows, matched, bad);
    } finally {
      pool.shutdown();
    }
  }

  private ScreeningResult[] screenBatch(List<String[]> batch, ForkJoinPool pool) {
    ScreeningResult[] results = new ScreeningResult[batch.size()];
    pool.submit(() -> java.util.stream.IntStream.range(0, results.length).parallel()
        .forEach(i -> results[i] = screen.apply(queries.apply(batch.get(i)[1])))).join();
    return results;
  }

  private boolean hasNext(Iterator<CsvRecord> records, Path file) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw new UnreadableInputException("cannot read input file " + file + ": " + e.getMessage());
    } catch (RuntimeException e) {
      // the parser cannot resynchronise after a broken record, so the rest of the file is unreadable
      err.println(file + ": unreadable-input: " + e.getMessage() + "; stopping here");
      return false;
    }
  }

  private static int columnIndex(List<String> header, String column, Path file, String option) {
    int at = header.indexOf(column);
    if (at < 0) {
      throw new UnreadableInputException(
          "input file " + file + " has no column '" + column + "' (" + option + "); its columns are " + header);
    }
    return at;
  }
}
