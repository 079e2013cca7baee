package org.interdict.inventory.encoding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Re-encodes text in another Unicode encoding as UTF-8 bytes, streaming, so that readers built on byte parsers
 * (Jackson, NDJSON line splitting) see one encoding. Strict: bytes invalid in the source encoding end the read
 * with an {@link IOException} saying so, never silently altered text. Not thread-safe.
 */
final class Utf8TranscodingStream extends InputStream {
  private final Reader source;
  private final Charset from;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer chars = CharBuffer.allocate(8 * 1024).flip();
  private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8 * 1024 + 16).flip();
  private long charsRead;
  private boolean endOfInput;
  private boolean flushed;

  Utf8TranscodingStream(InputStream input, Charset from) {
    this.from = from;
    this.source = new InputStreamReader(input, from.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!bytes.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      refill();
    }
    int count = Math.min(length, bytes.remaining());
    bytes.get(target, offset, count);
    return count;
  }

  private void refill() throws IOException {
    chars.compact();
    try {
      if (!endOfInput) {
        int read = source.read(chars);
        endOfInput = read < 0;
        charsRead += Math.max(read, 0);
      }
    } catch (CharacterCodingException e) {
      throw new IOException("bytes that are not valid " + from.name() + " after character " + charsRead
          + " (the encoding was told from the first bytes)", e);
    } finally {
      chars.flip();
    }
    bytes.clear();
    encoder.encode(chars, bytes, endOfInput);
    if (endOfInput) {
      encoder.flush(bytes);
      flushed = true;
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
