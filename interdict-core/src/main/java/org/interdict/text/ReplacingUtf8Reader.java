package org.interdict.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.interdict.model.InputError;

/**
 * Decodes a file as UTF-8 (a list file, an inventory), replacing each invalid byte sequence with
 * U+FFFD instead of stopping, and remembers the 1-based line of every replacement as it happens, so
 * the error names the line of the bad byte itself and not where a block-wise parser happened to be.
 * A byte order mark is skipped. Lines end at {@code \n}. Not thread-safe: confined to one read of
 * one file.
 */
public final class ReplacingUtf8Reader extends Reader {
  /** Lines with bad bytes reported one by one; more are summed up in one further error. */
  public static final int LINES_REPORTED = 10;

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
  private final List<Long> badLines = new ArrayList<>();
  private long badLineCount;
  private long newlines;
  private long lastBadLine = -1;
  private boolean endOfInput;
  private boolean needInput = true;
  private boolean finished;
  private boolean atStart = true;

  public ReplacingUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
      if (atStart) {
        atStart = false;
        if (chars.get(chars.position()) == '\uFEFF') {
          chars.position(chars.position() + 1);
        }
      }
    }
    int count = Math.min(length, chars.remaining());
    chars.get(target, offset, count);
    return count;
  }

  /** Decodes the next block into {@link #chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    if (finished) {
      return false;
    }
    chars.clear();
    while (chars.position() == 0) {
      if (needInput && !endOfInput) {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + read);
        }
        bytes.flip();
        needInput = false;
      }
      int start = chars.position();
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      countNewlines(start);
      if (result.isError()) {
        if (!chars.hasRemaining()) {
          break;
        }
        recordBadLine(newlines + 1);
        chars.put('\uFFFD');
        bytes.position(bytes.position() + result.length());
      } else if (result.isOverflow()) {
        break;
      } else if (endOfInput) {
        decoder.flush(chars);
        finished = true;
        break;
      } else {
        needInput = true;
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  private void countNewlines(int from) {
    for (int i = from; i < chars.position(); i++) {
      if (chars.get(i) == '\n') {
        newlines++;
      }
    }
  }

  private void recordBadLine(long line) {
    if (lastBadLine == line) {
      return;
    }
    lastBadLine = line;
    badLineCount++;
    if (badLines.size() < LINES_REPORTED) {
      badLines.add(line);
    }
  }

  /** Whether any byte was replaced so far. */
  public boolean replacedAny() {
    return badLineCount > 0;
  }

  /**
   * One error {@code errorId} per line with replaced bytes (the first {@value #LINES_REPORTED}),
   * and one more giving the total when there were more such lines. Each feature names the error its
   * way ({@code bad-list-encoding} for lists, {@code invalid-encoding} for inventories).
   */
  public List<InputError> errors(String file, String errorId) {
    List<InputError> errors = new ArrayList<>();
    for (long line : badLines) {
      errors.add(
          InputError.of(
              file,
              line,
              errorId,
              "bytes on this line are not UTF-8; they were"
                  + " replaced with U+FFFD and the row kept, so its text is damaged"));
    }
    if (badLineCount > badLines.size()) {
      errors.add(
          InputError.of(
              file,
              badLines.get(badLines.size() - 1),
              errorId,
              badLineCount
                  + " lines in total hold bytes that are not UTF-8 (only the first "
                  + LINES_REPORTED
                  + " are listed); all were replaced with U+FFFD"));
    }
    return errors;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
