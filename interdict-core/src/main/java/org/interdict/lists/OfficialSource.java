package org.interdict.lists;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where and how to fetch one official list: its stable id, the base URL its files are fetched from
 * (overridable for mirrors and tests), the files, and the sanity floor of entries below which a
 * download is suspicious. Each {@link ListSource} states its own; downloads are always validated by
 * that source's reader.
 */
public record OfficialSource(
    String id, String title, String baseUrl, List<RemoteFile> files, int minimumEntries) {
  public OfficialSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(baseUrl, "baseUrl");
    files = List.copyOf(files);
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("source id must be kebab-case, was '" + id + "'");
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("source " + id + " has no files");
    }
    if (minimumEntries < 1) {
      throw new IllegalArgumentException(
          "minimumEntries of " + id + " must be >= 1, was " + minimumEntries);
    }
  }

  /** The official files of {@code source}, the first being its primary file. */
  public static OfficialSource of(
      ListSource source, String baseUrl, int minimumEntries, RemoteFile... files) {
    return new OfficialSource(source.id(), source.title(), baseUrl, List.of(files), minimumEntries);
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
    return new OfficialSource(id, title, url, files, minimumEntries);
  }

  public OfficialSource withMinimumEntries(int floor) {
    return new OfficialSource(id, title, baseUrl, files, floor);
  }
}
