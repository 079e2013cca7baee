package org.interdict.screening.stored.binary;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads back what {@link BinaryWriter} wrote. Every length is checked against the bytes left, so a
 * damaged buffer fails with {@link MalformedBinaryException} instead of allocating a huge array.
 * Not thread-safe.
 */
public final class BinaryReader {
  private final ByteBuffer buffer;

  public BinaryReader(ByteBuffer buffer) {
    this.buffer = buffer.slice().order(ByteOrder.LITTLE_ENDIAN);
  }

  public int readByte() {
    return need(1).get();
  }

  public int readInt() {
    return need(4).getInt();
  }

  public long readLong() {
    return need(8).getLong();
  }

  public double readDouble() {
    return need(8).getDouble();
  }

  /** A length that must fit in the remaining bytes at {@code unit} bytes per element. */
  public int readLength(int unit) {
    int length = readInt();
    if (length < 0 || (long) length * unit > buffer.remaining()) {
      throw new MalformedBinaryException(
          "length "
              + length
              + " at byte "
              + (buffer.position() - 4)
              + " exceeds the "
              + buffer.remaining()
              + " bytes left");
    }
    return length;
  }

  public String readString() {
    int length = readLength(1);
    String value;
    if (buffer.hasArray()) {
      value =
          new String(
              buffer.array(),
              buffer.arrayOffset() + buffer.position(),
              length,
              StandardCharsets.UTF_8);
      buffer.position(buffer.position() + length);
    } else {
      byte[] bytes = new byte[length];
      buffer.get(bytes);
      value = new String(bytes, StandardCharsets.UTF_8);
    }
    return value;
  }

  public int[] readInts() {
    int[] values = new int[readLength(4)];
    buffer.asIntBuffer().get(values);
    buffer.position(buffer.position() + values.length * 4);
    return values;
  }

  public long[] readLongs() {
    long[] values = new long[readLength(8)];
    buffer.asLongBuffer().get(values);
    buffer.position(buffer.position() + values.length * 8);
    return values;
  }

  public float[] readFloats() {
    float[] values = new float[readLength(4)];
    buffer.asFloatBuffer().get(values);
    buffer.position(buffer.position() + values.length * 4);
    return values;
  }

  public String[] readStrings() {
    String[] values = new String[readLength(4)];
    for (int i = 0; i < values.length; i++) {
      values[i] = readString();
    }
    return values;
  }

  /**
   * A reader over the next section (see {@link BinaryWriter#writeSection}); this reader moves past
   * it.
   */
  public BinaryReader section() {
    int length = readLength(1);
    ByteBuffer part = buffer.slice(buffer.position(), length);
    buffer.position(buffer.position() + length);
    return new BinaryReader(part);
  }

  /** Bytes not read yet. */
  public int remaining() {
    return buffer.remaining();
  }

  private ByteBuffer need(int bytes) {
    if (buffer.remaining() < bytes) {
      throw new MalformedBinaryException("truncated at byte " + buffer.position());
    }
    return buffer;
  }
}
