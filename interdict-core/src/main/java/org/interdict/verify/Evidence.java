package org.interdict.verify;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a report used, as its signature records it: an input or list file with its SHA-256
 * ({@code file} is where it was read, to re-digest it), or a version (catalog, scorer, index,
 * tool). Kinds: {@code input-file}, {@code list-file}, {@code snapshot-file}, {@code
 * argument-file}, {@code catalog}, {@code scorer}, {@code index}, {@code tool}.
 */
public record Evidence(String kind, String name, String value, Optional<String> file) {
  public Evidence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(file, "file");
    if (!kind.matches("[a-z]+(-[a-z]+)*")) {
      throw new IllegalArgumentException(
          "evidence kind must be a kebab-case id, was '" + kind + "'");
    }
  }

  public static Evidence version(String kind, String name, String version) {
    return new Evidence(kind, name, version, Optional.empty());
  }

  public static Evidence file(String kind, String name, String sha256, String file) {
    return new Evidence(kind, name, "sha256:" + sha256, Optional.of(file));
  }

  /** {@code kind name}: how a verification failure names it. */
  public String place() {
    return kind + " " + name;
  }
}
