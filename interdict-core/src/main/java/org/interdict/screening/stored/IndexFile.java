package org.interdict.screening.stored;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.interdict.screening.stored.binary.BinaryReader;
import org.interdict.screening.stored.binary.BinaryWriter;
import org.interdict.screening.stored.binary.MalformedBinaryException;

/**
 * One stored index file: an 8-byte magic, the format version, the engine version and schema it was
 * written by, the key of the lists it covers, then the body's length and CRC-32C, then the body.
 * {@link #read} checks all of them before returning the body; nothing of a file that fails a check
 * is used. Files are written to a temporary name and renamed into place, so a reader never sees
 * half a file.
 */
final class IndexFile {
  static final byte[] MAGIC = "IDXSCRN\n".getBytes(StandardCharsets.US_ASCII);

  /** Version of this container layout. */
  static final int FORMAT = 1;

  /** What a file must have been written by and for to be used. */
  record Header(String engineVersion, String schema, String key) {}

  private IndexFile() {}

  static void write(Path file, Header header, BinaryWriter body) throws IOException {
    byte[] bytes = body.toByteArray();
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    BinaryWriter head = new BinaryWriter();
    head.writeInt(FORMAT)
        .writeString(header.engineVersion())
        .writeString(header.schema())
        .writeString(header.key())
        .writeLong(bytes.length)
        .writeLong(crc.getValue());
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      try (var out = Files.newOutputStream(temporary)) {
        out.write(MAGIC);
        out.write(head.toByteArray());
        out.write(bytes);
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * The body of {@code file}, after checking its magic, format, engine version, schema, key and
   * checksum.
   *
   * @throws UnusableIndexException saying which check failed
   * @throws IOException when the file cannot be read
   */
  static BinaryReader read(Path file, Header expected) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length < MAGIC.length
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new UnusableIndexException("not a stored screening index (bad magic bytes)");
    }
    BinaryReader in =
        new BinaryReader(ByteBuffer.wrap(bytes, MAGIC.length, bytes.length - MAGIC.length));
    try {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new UnusableIndexException("file format " + format + ", this build reads " + FORMAT);
      }
      String engine = in.readString();
      if (!engine.equals(expected.engineVersion())) {
        throw new UnusableIndexException(
            "built by engine " + engine + ", this is " + expected.engineVersion());
      }
      if (!in.readString().equals(expected.schema())) {
        throw new UnusableIndexException("the stored record layout differs from this build's");
      }
      String key = in.readString();
      if (!key.equals(expected.key())) {
        throw new UnusableIndexException(
            "built for other lists (key " + key + ", wanted " + expected.key() + ")");
      }
      long length = in.readLong();
      long checksum = in.readLong();
      if (length != in.remaining()) {
        throw new UnusableIndexException(
            "body has "
                + in.remaining()
                + " bytes, header says "
                + length
                + " (truncated or extended)");
      }
      int start = bytes.length - (int) length;
      CRC32C crc = new CRC32C();
      crc.update(bytes, start, (int) length);
      if (crc.getValue() != checksum) {
        throw new UnusableIndexException(
            "checksum mismatch (CRC-32C "
                + Long.toHexString(crc.getValue())
                + ", header says "
                + Long.toHexString(checksum)
                + ")");
      }
      return new BinaryReader(ByteBuffer.wrap(bytes, start, (int) length));
    } catch (MalformedBinaryException e) {
      throw new UnusableIndexException("damaged header: " + e.getMessage(), e);
    }
  }
}
