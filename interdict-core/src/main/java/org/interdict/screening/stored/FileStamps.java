package org.interdict.screening.stored;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.SnapshotFile;
import org.interdict.screening.stored.binary.BinaryReader;
import org.interdict.screening.stored.binary.BinaryWriter;

/**
 * Size and modification time of every file of the snapshots an index was built from (after their
 * SHA-256 was checked). Loading the index compares them instead of hashing the files again, so a
 * snapshot file edited since makes the index unusable and the rebuild reports the tampering; {@code
 * lists status} still hashes everything.
 */
final class FileStamps {
  private FileStamps() {}

  static void write(BinaryWriter out, List<Snapshot> snapshots) throws IOException {
    int count = snapshots.stream().mapToInt(s -> s.manifest().files().size()).sum();
    out.writeInt(count);
    for (Snapshot snapshot : snapshots) {
      for (SnapshotFile file : snapshot.manifest().files()) {
        Path path = snapshot.folder().resolve(file.name());
        out.writeString(path.toString())
            .writeLong(Files.size(path))
            .writeLong(Files.getLastModifiedTime(path).toMillis());
      }
    }
  }

  /**
   * @throws UnusableIndexException naming the first file that is missing or changed
   */
  static void check(BinaryReader in) {
    int count = in.readLength(1);
    for (int i = 0; i < count; i++) {
      Path path = Path.of(in.readString());
      long size = in.readLong();
      long modified = in.readLong();
      try {
        if (Files.size(path) != size || Files.getLastModifiedTime(path).toMillis() != modified) {
          throw new UnusableIndexException(
              "snapshot file " + path + " changed since the index was built");
        }
      } catch (IOException e) {
        throw new UnusableIndexException(
            "snapshot file " + path + " cannot be read: " + e.getMessage(), e);
      }
    }
  }
}
