package org.interdict.cli.screen;

import java.io.IOException;
import org.interdict.screening.ScreeningResult;

/** Writes screening results in one output format; called from one thread, in input order. */
interface ResultWriter extends AutoCloseable {
  /** Writes whatever comes before the first result (the lists used, a header). */
  void begin(ScreeningSetup setup, double minScore, String scorer) throws IOException;

  /**
   * Writes one screened name; {@code inputId} is the id column's value, the line number or the
   * position.
   */
  void write(String inputId, ScreeningResult result) throws IOException;

  @Override
  void close() throws IOException;
}
