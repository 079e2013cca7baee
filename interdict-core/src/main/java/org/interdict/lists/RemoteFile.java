package org.interdict.lists;

import java.util.Locale;
import java.util.Objects;

/**
 * One file of an official source: the name it is stored under in a snapshot, its path relative to
 * the source's base URL (may carry a query, as the EU token does), and whether a download without
 * it is refused. An import needs only the source's first file; missing companions are noted in the
 * validation checks.
 */
public record RemoteFile(String name, String path, boolean required) {
  public RemoteFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    if (name.isBlank()
        || name.contains("/")
        || name.contains("\\")
        || name.equals("manifest.json")) {
      throw new IllegalArgumentException("bad stored file name '" + name + "'");
    }
  }

  /**
   * The name a local copy is stored under: this file's name, but with the copy's own extension when
   * it has another one, so that a {@code .csv} export of a list published as {@code .xml} (the UK
   * Sanctions List and the EU FSF come in both) is stored and read as CSV.
   */
  public String storedNameFor(String localName) {
    String extension = extension(localName);
    return extension.isEmpty() || extension.equalsIgnoreCase(extension(name))
        ? name
        : baseName(name) + extension.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code fileName} is this file stored under its own name or under another extension. */
  public boolean isStoredAs(String fileName) {
    return fileName.equals(name)
        || (!extension(fileName).isEmpty() && baseName(fileName).equals(baseName(name)));
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot);
  }

  private static String baseName(String fileName) {
    return fileName.substring(0, fileName.length() - extension(fileName).length());
  }

  public static RemoteFile of(String name, String path) {
    return new RemoteFile(name, path, true);
  }
}
