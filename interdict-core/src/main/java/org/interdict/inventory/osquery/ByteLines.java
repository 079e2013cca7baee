package org.interdict.inventory.osquery;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them, so that each NDJSON line can go straight
 * to Jackson's byte parser. Memory is bounded by {@code maxLineBytes}: a longer line is reported as
 * too long and skipped. Not thread-safe.
 */
final class ByteLines {
  private final InputStream input;
  private final int maxLineBytes;
  private byte[] buffer = new byte[64 * 1024];
  private int start;
  private int end;
  private boolean eof;
  private long lineNumber;
  private int lineStart;
  private int lineLength;
  private boolean tooLong;

  ByteLines(InputStream input, int maxLineBytes) {
    this.input = input;
    this.maxLineBytes = maxLineBytes;
  }

  /** Advances to the next line; false at the end of input. */
  boolean next() throws IOException {
    tooLong = false;
    int scanned = 0;
    while (true) {
      for (int i = start + scanned; i < end; i++) {
        if (buffer[i] == '\n') {
          if (i - start > maxLineBytes) {
            lineNumber++;
            tooLong = true;
            lineLength = 0;
            start = i + 1;
            return true;
          }
          setLine(start, i);
          start = i + 1;
          return true;
        }
      }
      scanned = end - start;
      if (eof) {
        if (scanned > maxLineBytes) {
          lineNumber++;
          tooLong = true;
          lineLength = 0;
          start = end;
          return true;
        }
        if (start < end) {
          setLine(start, end);
          start = end;
          return true;
        }
        return false;
      }
      if (scanned >= maxLineBytes) {
        skipRestOfLine();
        return true;
      }
      fill();
    }
  }

  private void setLine(int from, int to) {
    lineNumber++;
    int trimmed = to;
    if (trimmed > from && buffer[trimmed - 1] == '\r') {
      trimmed--;
    }
    lineStart = from;
    lineLength = trimmed - from;
  }

  /** Moves unread bytes to the front, grows the buffer if full, and reads more. */
  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      buffer = Arrays.copyOf(buffer, (int) Math.min(buffer.length * 2L, maxLineBytes + 1L));
    }
    int read = input.read(buffer, end, buffer.length - end);
    if (read < 0) {
      eof = true;
    } else {
      end += read;
    }
  }

  private void skipRestOfLine() throws IOException {
    lineNumber++;
    tooLong = true;
    lineLength = 0;
    lineStart = 0;
    start = end;
    while (true) {
      int read = input.read(buffer, 0, buffer.length);
      if (read < 0) {
        eof = true;
        start = 0;
        end = 0;
        return;
      }
      for (int i = 0; i < read; i++) {
        if (buffer[i] == '\n') {
          start = i + 1;
          end = read;
          return;
        }
      }
    }
  }

  byte[] buffer() {
    return buffer;
  }

  int lineStart() {
    return lineStart;
  }

  int lineLength() {
    return lineLength;
  }

  long lineNumber() {
    return lineNumber;
  }

  /** True when the current line was longer than the limit; its bytes are not available. */
  boolean tooLong() {
    return tooLong;
  }
}
