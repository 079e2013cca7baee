package org.interdict.report.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 rows (FastCSV) whose cells cannot run as spreadsheet formulas: a cell starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return is prefixed with an
 * apostrophe (OWASP's CSV injection advice), because names, inventory fields and list entries are
 * untrusted text. Not thread-safe.
 */
public final class SafeCsvWriter implements Closeable, Flushable {
  private final CsvWriter csv;

  private SafeCsvWriter(CsvWriter csv) {
    this.csv = csv;
  }

  /** CRLF line ends (RFC 4180), cells quoted only when they need it. */
  public static SafeCsvWriter of(Writer out) {
    return new SafeCsvWriter(CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out));
  }

  /** The same with LF line ends, for outputs that have always used them. */
  public static SafeCsvWriter withLf(Writer out) {
    return new SafeCsvWriter(CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out));
  }

  /** The same with every cell quoted. */
  public static SafeCsvWriter quoted(Writer out, LineDelimiter lineDelimiter) {
    return new SafeCsvWriter(
        CsvWriter.builder()
            .lineDelimiter(lineDelimiter)
            .quoteStrategy(QuoteStrategies.ALWAYS)
            .build(out));
  }

  /** Writes one row; null cells are written empty. */
  public SafeCsvWriter row(List<String> cells) {
    String[] safe = new String[cells.size()];
    for (int i = 0; i < safe.length; i++) {
      safe[i] = defuse(cells.get(i));
    }
    csv.writeRecord(safe);
    return this;
  }

  /** Writes one row; null cells are written empty. */
  public SafeCsvWriter row(String... cells) {
    return row(java.util.Arrays.asList(cells));
  }

  /** The cell as a spreadsheet may show it without running it. */
  public static String defuse(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  @Override
  public void flush() throws IOException {
    csv.flush();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
