package org.interdict.scan;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;

/**
 * Writes and reads {@link FoldEntry} values in a run file: length-prefixed UTF-8 strings, no Java
 * serialization.
 */
final class SpillCodec {
  private SpillCodec() {}

  static void write(FoldEntry entry, DataOutputStream out) throws IOException {
    SoftwareRecord r = entry.record();
    out.writeByte(r.kind().ordinal());
    for (String field :
        new String[] {
          r.host(),
          r.name(),
          r.version(),
          r.publisher(),
          r.bundleId(),
          r.packageName(),
          r.purl(),
          r.cpe(),
          r.path(),
          r.parentName(),
          r.location().file(),
          r.location().pointer(),
          entry.productId(),
          entry.contextId()
        }) {
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }
    out.writeLong(r.location().line());
    out.writeLong(entry.occurrences());
  }

  /** The next entry, or empty at the end of the run. */
  static Optional<FoldEntry> read(DataInputStream in) throws IOException {
    int kind;
    try {
      kind = in.readUnsignedByte();
    } catch (EOFException end) {
      return Optional.empty();
    }
    String[] f = new String[14];
    for (int i = 0; i < f.length; i++) {
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      f[i] = new String(bytes, StandardCharsets.UTF_8);
    }
    long line = in.readLong();
    SoftwareRecord record =
        new SoftwareRecord(
            RecordKind.values()[kind],
            f[0],
            f[1],
            f[2],
            f[3],
            f[4],
            f[5],
            f[6],
            f[7],
            f[8],
            f[9],
            new SourceLocation(f[10], line, f[11]));
    return Optional.of(new FoldEntry(record, f[12], f[13], in.readLong()));
  }
}
