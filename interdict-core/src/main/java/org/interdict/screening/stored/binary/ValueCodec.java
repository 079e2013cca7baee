package org.interdict.screening.stored.binary;

/** How one kind of value is stored; implementations are stateless and thread-safe. */
public interface ValueCodec {
  void write(BinaryWriter out, Object value);

  Object read(BinaryReader in);

  /** A short description of the layout, part of {@link RecordCodec#schema}. */
  String schema();
}
