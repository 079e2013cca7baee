package org.interdict.screening.stored;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.interdict.lists.curated.Mapper;
import org.interdict.lists.snapshot.InForceFolders;
import org.interdict.lists.snapshot.SnapshotStore;

/**
 * The key of a set of lists, computed without parsing a manifest or hashing a list file: SHA-256
 * over the bundled curated snapshot's bytes, the store's folder and, per snapshot folder in force
 * ({@link InForceFolders}), its source, snapshot id and the SHA-256 of its raw {@code
 * manifest.json} (which names every file's SHA-256). Equal keys, same list files as when the index
 * was built; a new, removed or replaced snapshot changes the key.
 */
final class IndexKey {
  private IndexKey() {}

  static String of(SnapshotStore store, InForceFolders folders) {
    MessageDigest sha = sha256();
    sha.update(bundledBytesDigest());
    // stored list records name their files by absolute path: a moved data directory gets a new
    // index
    update(sha, "store", store.root().toString());
    folders
        .chosen()
        .forEach(
            (sourceId, folder) -> {
              String manifest;
              try {
                manifest =
                    HexFormat.of()
                        .formatHex(
                            sha256()
                                .digest(
                                    Files.readAllBytes(folder.resolve(SnapshotStore.MANIFEST))));
              } catch (IOException e) {
                manifest = "unreadable";
              }
              update(sha, "snapshot", sourceId, folder.getFileName().toString(), manifest);
            });
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void update(MessageDigest sha, String... parts) {
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      sha.update((byte) (bytes.length >>> 8));
      sha.update((byte) bytes.length);
      sha.update(bytes);
    }
  }

  private static byte[] bundledBytesDigest() {
    try (InputStream in = Mapper.class.getResourceAsStream(Mapper.BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "bundled list " + Mapper.BUNDLED_RESOURCE + " is missing from the jar");
      }
      return sha256().digest(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled list " + Mapper.BUNDLED_RESOURCE, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
