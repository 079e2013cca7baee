package org.interdict.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file being recognised ({@link ListSource#recognises}): its lower-case name, its first line and
 * its first {@value #HEAD_BYTES} bytes, read at most once each (as ISO-8859-1, so any byte
 * decodes). Confined to one thread.
 */
public final class CandidateFile {
  /** How many leading bytes {@link #head} holds. */
  public static final int HEAD_BYTES = 4096;

  private final Path path;
  private String firstLine;
  private String head;

  public CandidateFile(Path path) {
    this.path = Objects.requireNonNull(path, "path");
  }

  public Path path() {
    return path;
  }

  /** The file name in lower case ({@link Locale#ROOT}). */
  public String lowerCaseName() {
    return path.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /** The first line, "" for an empty file. */
  public String firstLine() throws IOException {
    if (firstLine == null) {
      try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
        String line = reader.readLine();
        firstLine = line == null ? "" : line;
      }
    }
    return firstLine;
  }

  /** The first {@value #HEAD_BYTES} bytes. */
  public String head() throws IOException {
    if (head == null) {
      try (InputStream in = Files.newInputStream(path)) {
        head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.ISO_8859_1);
      }
    }
    return head;
  }
}
