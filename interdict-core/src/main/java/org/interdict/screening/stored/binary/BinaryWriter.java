package org.interdict.screening.stored.binary;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Appends primitives, arrays and UTF-8 strings to a growing little-endian buffer. Arrays are
 * written as their length followed by the elements, so {@link BinaryReader} can read them back in
 * bulk. Not thread-safe.
 */
public final class BinaryWriter {
  private ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

  private ByteBuffer room(int bytes) {
    if (buffer.remaining() < bytes) {
      long wanted = Math.max((long) buffer.capacity() * 2, (long) buffer.position() + bytes);
      if (wanted > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("stored index larger than 2 GiB");
      }
      ByteBuffer bigger = ByteBuffer.allocate((int) wanted).order(ByteOrder.LITTLE_ENDIAN);
      buffer.flip();
      bigger.put(buffer);
      buffer = bigger;
    }
    return buffer;
  }

  public BinaryWriter writeByte(int value) {
    room(1).put((byte) value);
    return this;
  }

  public BinaryWriter writeInt(int value) {
    room(4).putInt(value);
    return this;
  }

  public BinaryWriter writeLong(long value) {
    room(8).putLong(value);
    return this;
  }

  public BinaryWriter writeDouble(double value) {
    room(8).putDouble(value);
    return this;
  }

  public BinaryWriter writeString(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    writeInt(bytes.length);
    room(bytes.length).put(bytes);
    return this;
  }

  public BinaryWriter writeInts(int[] values) {
    writeInt(values.length);
    room(values.length * 4).asIntBuffer().put(values);
    buffer.position(buffer.position() + values.length * 4);
    return this;
  }

  public BinaryWriter writeLongs(long[] values) {
    writeInt(values.length);
    room(values.length * 8).asLongBuffer().put(values);
    buffer.position(buffer.position() + values.length * 8);
    return this;
  }

  public BinaryWriter writeFloats(float[] values) {
    writeInt(values.length);
    room(values.length * 4).asFloatBuffer().put(values);
    buffer.position(buffer.position() + values.length * 4);
    return this;
  }

  public BinaryWriter writeStrings(String[] values) {
    writeInt(values.length);
    for (String value : values) {
      writeString(value);
    }
    return this;
  }

  /**
   * Another writer's bytes, preceded by their count, so a reader can {@link BinaryReader#section}
   * them.
   */
  public BinaryWriter writeSection(BinaryWriter section) {
    writeInt(section.size());
    room(section.size()).put(section.buffer.array(), 0, section.size());
    return this;
  }

  /** Bytes written so far. */
  public int size() {
    return buffer.position();
  }

  /** A copy of the bytes written so far. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buffer.array(), buffer.position());
  }
}
