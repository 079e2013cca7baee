package org.interdict.lists.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.interdict.lists.ListDirectory;
import org.interdict.lists.ListSource;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.RemoteFile;

/**
 * Matches the files of a folder (an air-gapped copy of official downloads) to sources: by stored or
 * official file name, ignoring case, and for the primary file also by content ({@link
 * ListDirectory#recognise}), so that {@code csl.csv} or {@code UN_consolidated.xml} are found too.
 * The primary file keeps its own extension ({@link RemoteFile#storedNameFor}), so a UK or EU CSV
 * export is stored as CSV. Only the folder itself is looked at, not sub-folders.
 */
public final class ImportFiles {
  private ImportFiles() {}

  /**
   * Stored name to local file for {@code source}; empty when the folder has no primary file of it.
   */
  public static Map<String, Path> match(OfficialSource source, Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    Map<String, Path> found = new LinkedHashMap<>();
    for (RemoteFile file : source.files()) {
      String official = officialName(file).toLowerCase(Locale.ROOT);
      files.stream()
          .filter(
              path -> {
                String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.equals(file.name().toLowerCase(Locale.ROOT)) || name.equals(official);
              })
          .findFirst()
          .ifPresent(path -> found.put(file.name(), path));
    }
    if (!found.containsKey(source.primary().name())) {
      for (Path path : files) {
        if (isPrimary(source, path)) {
          found.put(source.primary().name(), path);
          break;
        }
      }
    }
    Path primary = found.remove(source.primary().name());
    if (primary == null) {
      return Map.of();
    }
    Map<String, Path> ordered = new LinkedHashMap<>();
    ordered.put(source.primary().storedNameFor(primary.getFileName().toString()), primary);
    ordered.putAll(found);
    return ordered;
  }

  private static boolean isPrimary(OfficialSource source, Path path) throws IOException {
    return ListDirectory.recognise(path)
        .map(ListSource::id)
        .filter(source.id()::equals)
        .isPresent();
  }

  private static String officialName(RemoteFile file) {
    String path = file.path();
    int query = path.indexOf('?');
    String withoutQuery = query < 0 ? path : path.substring(0, query);
    return withoutQuery.substring(withoutQuery.lastIndexOf('/') + 1);
  }

  /** The sources among {@code sources} that {@code folder} holds files of. */
  public static Map<OfficialSource, Map<String, Path>> matchAll(
      List<OfficialSource> sources, Path folder) throws IOException {
    Map<OfficialSource, Map<String, Path>> all = new LinkedHashMap<>();
    for (OfficialSource source : sources) {
      Map<String, Path> files = match(source, folder);
      if (!files.isEmpty()) {
        all.put(source, files);
      }
    }
    return all;
  }
}
