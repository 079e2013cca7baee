package org.interdict.lists.update;

import java.util.Objects;

/**
 * One file of an official source: the name it is stored under in a snapshot, its path relative to the source's
 * base URL (may carry a query, as the EU token does), and whether a download without it is refused. An import
 * needs only the source's first file; missing companions are noted in the validation checks.
 */
public record RemoteFile(String name, String path, boolean required) {
  public RemoteFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals("manifest.json")) {
      throw new IllegalArgumentException("bad stored file name '" + name + "'");
    }
  }

  public static RemoteFile of(String name, String path) {
    return new RemoteFile(name, path, true);
  }
}
