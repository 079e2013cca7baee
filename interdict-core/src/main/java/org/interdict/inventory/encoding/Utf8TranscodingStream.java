package org.interdict.inventory.encoding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Re-encodes text in another Unicode encoding as UTF-8 bytes, streaming, so that readers built on
 * byte parsers (Jackson, NDJSON line splitting) see one encoding. Strict: bytes invalid in the
 * source encoding end the read with an {@link IOException} giving their offset, never silently
 * altered text, and only after all the text before them was passed on, so the records there are
 * kept. Not thread-safe.
 */
final class Utf8TranscodingStream extends InputStream {
  private final InputStream source;
  private final Charset from;
  private final CharsetDecoder decoder;
  private final CharsetEncoder encoder =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer in = ByteBuffer.allocate(16 * 1024).flip();
  private final CharBuffer chars = CharBuffer.allocate(8 * 1024).flip();
  private final ByteBuffer out = ByteBuffer.allocate(3 * 8 * 1024 + 16).flip();
  private long bytesDecoded;
  private boolean inputEnded;
  private boolean finished;
  private IOException invalid;

  Utf8TranscodingStream(InputStream source, Charset from) {
    this.source = source;
    this.from = from;
    this.decoder =
        from.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
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
    while (!out.hasRemaining()) {
      if (invalid != null) {
        throw invalid;
      }
      if (finished) {
        return -1;
      }
      refill();
    }
    int count = Math.min(length, out.remaining());
    out.get(target, offset, count);
    return count;
  }

  private void refill() throws IOException {
    in.compact();
    if (!inputEnded && in.hasRemaining()) {
      int read = source.read(in.array(), in.arrayOffset() + in.position(), in.remaining());
      inputEnded = read < 0;
      in.position(in.position() + Math.max(read, 0));
    }
    in.flip();
    chars.compact();
    int before = in.position();
    CoderResult result = decoder.decode(in, chars, inputEnded);
    bytesDecoded += in.position() - before;
    if (result.isError()) {
      invalid =
          new IOException(
              "bytes that are not valid "
                  + from.name()
                  + " at byte "
                  + bytesDecoded
                  + " (the encoding was told from the first bytes)");
    } else if (inputEnded && !in.hasRemaining()) {
      decoder.flush(chars);
    }
    chars.flip();
    boolean last = invalid != null || (inputEnded && !in.hasRemaining());
    out.clear();
    encoder.encode(chars, out, last);
    if (last) {
      encoder.flush(out);
      finished = true;
    }
    out.flip();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
