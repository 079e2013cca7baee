package org.interdict.cli.scan;

import java.io.PrintWriter;
import java.io.Writer;
import org.interdict.cli.Colour;

/**
 * The table report on a colour terminal: each line passes through {@link Colour#statusLine}, so
 * that a finding's status word stands out. Lines are held until their end, since a status word may
 * arrive in pieces.
 */
final class ColouredTable extends Writer {
  private final PrintWriter out;
  private final StringBuilder line = new StringBuilder();

  ColouredTable(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      line.append(chars[i]);
      if (chars[i] == '\n') {
        out.write(Colour.statusLine(line.toString()));
        line.setLength(0);
      }
    }
  }

  @Override
  public void flush() {
    out.flush();
  }

  @Override
  public void close() {
    if (line.length() > 0) {
      out.write(Colour.statusLine(line.toString()));
      line.setLength(0);
    }
    out.flush();
  }
}
