package org.interdict.inventory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * An input stream that makes its bytes on demand, one generated line at a time, so tests can read
 * huge inputs.
 */
public final class GeneratedInput extends InputStream {
  private final long lines;
  private final LongFunction<String> line;
  private final String prefix;
  private final String suffix;
  private long next;
  private byte[] current;
  private int position;
  private boolean suffixDone;

  /** {@code prefix}, then {@code line.apply(0..lines-1)}, then {@code suffix}. */
  public GeneratedInput(String prefix, long lines, LongFunction<String> line, String suffix) {
    this.prefix = prefix;
    this.lines = lines;
    this.line = line;
    this.suffix = suffix;
    this.current = prefix.getBytes(StandardCharsets.UTF_8);
  }

  private boolean advance() {
    while (position >= current.length) {
      if (next < lines) {
        current = line.apply(next++).getBytes(StandardCharsets.UTF_8);
      } else if (!suffixDone) {
        suffixDone = true;
        current = suffix.getBytes(StandardCharsets.UTF_8);
      } else {
        return false;
      }
      position = 0;
    }
    return true;
  }

  @Override
  public int read() {
    return advance() ? current[position++] & 0xff : -1;
  }

  @Override
  public int read(byte[] target, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int copied = 0;
    while (copied < length && advance()) {
      int chunk = Math.min(length - copied, current.length - position);
      System.arraycopy(current, position, target, offset + copied, chunk);
      position += chunk;
      copied += chunk;
    }
    return copied == 0 ? -1 : copied;
  }

  @Override
  public String toString() {
    return "GeneratedInput[" + prefix.length() + " + " + lines + " lines]";
  }
}
