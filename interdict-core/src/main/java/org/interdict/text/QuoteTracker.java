package org.interdict.text;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the CSV text on its way to the parser and remembers whether it ended inside a quoted
 * field, and on which line that field opened: fastcsv reads an unclosed quote as one field running
 * to the end of the file, silently swallowing every row after it (found by fuzzing). Quotes count
 * as in fastcsv: one opens a quoted field only at the start of a field, and within a quoted field
 * every quote toggles quoting until the field ends. Not thread-safe; one per read.
 */
public final class QuoteTracker extends FilterReader {
  /** What every reader says, at {@link #openedAtLine}, when {@link #endedInsideQuotes}. */
  public static final String UNCLOSED_QUOTE =
      "a quoted field opens on this line and never closes, so the rest of"
          + " the file was read as one field: rows after it are lost";

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private final char delimiter;
  private State state = State.FIELD_START;
  private long line = 1;
  private long openedAt;
  private boolean afterCarriageReturn;
  private boolean atEnd;

  public QuoteTracker(Reader text, char delimiter) {
    super(text);
    this.delimiter = delimiter;
  }

  /** Whether the text was read to its end and ended inside a quoted field. */
  public boolean endedInsideQuotes() {
    return atEnd && state == State.QUOTED;
  }

  /** The 1-based line where the last quoted field opened. */
  public long openedAtLine() {
    return openedAt;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      follow((char) c);
    } else {
      atEnd = true;
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    for (int i = 0; i < read; i++) {
      follow(buffer[offset + i]);
    }
    atEnd |= read < 0;
    return read;
  }

  private void follow(char c) {
    boolean lineBreak = c == '\n' || c == '\r';
    if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
      line++;
    }
    afterCarriageReturn = c == '\r';
    state =
        switch (state) {
          case FIELD_START -> {
            if (c == '"') {
              openedAt = line;
              yield State.QUOTED;
            }
            yield c == delimiter || lineBreak ? State.FIELD_START : State.UNQUOTED;
          }
          case UNQUOTED -> c == delimiter || lineBreak ? State.FIELD_START : State.UNQUOTED;
          case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
          case QUOTE_IN_QUOTED -> {
            if (c == '"') {
              yield State.QUOTED;
            }
            // text after a closing quote stays in the quoted field: fastcsv reopens quoting at its
            // next quote, so
            // "a"b"c runs on past line ends (found by fuzzing)
            yield c == delimiter || lineBreak ? State.FIELD_START : State.QUOTE_IN_QUOTED;
          }
        };
  }
}
