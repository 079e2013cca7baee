package org.interdict.lists.ofac;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The four files of one OFAC legacy snapshot: the primary file and its optional alias, address and
 * remarks continuation files, which must sit in the same folder as the primary file.
 */
public record LegacyFiles(
    Path primary, Optional<Path> aliases, Optional<Path> addresses, Optional<Path> comments) {
  public LegacyFiles {
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(aliases, "aliases");
    Objects.requireNonNull(addresses, "addresses");
    Objects.requireNonNull(comments, "comments");
  }

  /**
   * Finds the companions of {@code primary} by name, ignoring case as OFAC publishes upper-case
   * names too.
   */
  public static LegacyFiles locate(
      Path primary, String aliasName, String addressName, String commentsName) {
    Path folder = primary.toAbsolutePath().getParent();
    return new LegacyFiles(
        primary,
        sibling(folder, aliasName),
        sibling(folder, addressName),
        sibling(folder, commentsName));
  }

  /**
   * The files found, primary first, as the paths the user gave: what a snapshot of this list was
   * read from.
   */
  public List<String> paths() {
    List<String> paths = new ArrayList<>(List.of(primary.toString()));
    aliases.ifPresent(path -> paths.add(path.toString()));
    addresses.ifPresent(path -> paths.add(path.toString()));
    comments.ifPresent(path -> paths.add(path.toString()));
    return paths;
  }

  private static Optional<Path> sibling(Path folder, String name) {
    if (folder == null) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).equals(name))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
