package org.interdict.lists.update;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interdict.lists.ListSource;

/**
 * Where and how to fetch one official list: its stable id, the base URL its files are fetched from (overridable
 * for mirrors and tests), the files, the sanity floor of entries below which a download is suspicious, and how
 * it is validated: by its {@link ListSource} reader through {@code ListLoader}, or generically (XML well-formed
 * with at least {@code minimumEntries} {@code entryElement} elements) for sources whose reader is not in this
 * build.
 */
public record OfficialSource(
    String id,
    String title,
    String baseUrl,
    List<RemoteFile> files,
    int minimumEntries,
    Optional<ListSource> reader,
    String entryElement) {
  public OfficialSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(baseUrl, "baseUrl");
    files = List.copyOf(files);
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(entryElement, "entryElement");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("source id must be kebab-case, was '" + id + "'");
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("source " + id + " has no files");
    }
    if (minimumEntries < 1) {
      throw new IllegalArgumentException("minimumEntries of " + id + " must be >= 1, was " + minimumEntries);
    }
    if (reader.isEmpty() && entryElement.isBlank()) {
      throw new IllegalArgumentException("source " + id + " needs a reader or an entry element to validate");
    }
  }

  /** A source read by one of the list readers of this build. */
  public static OfficialSource read(ListSource source, String baseUrl, int minimumEntries, RemoteFile... files) {
    return new OfficialSource(source.id(), source.title(), baseUrl, List.of(files), minimumEntries,
        Optional.of(source), "");
  }

  /** The file every snapshot of this source must have (the primary file). */
  public RemoteFile primary() {
    return files.get(0);
  }

  /** The absolute URL of one file: the base URL with the file's path appended. */
  public URI url(RemoteFile file) {
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return URI.create(base + file.path());
  }

  public OfficialSource withBaseUrl(String url) {
    return new OfficialSource(id, title, url, files, minimumEntries, reader, entryElement);
  }

  public OfficialSource withMinimumEntries(int floor) {
    return new OfficialSource(id, title, baseUrl, files, floor, reader, entryElement);
  }
}
