package org.interdict.model;

import java.util.Objects;

/**
 * Where a record or an error was read: the file (as the user named it), the 1-based line when the
 * format has lines (0 when unknown) and a JSON pointer or XML path inside the document ("" when
 * none).
 */
public record SourceLocation(String file, long line, String pointer) {
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  public static SourceLocation ofLine(String file, long line) {
    return new SourceLocation(file, line, "");
  }

  public static SourceLocation ofPointer(String file, String pointer) {
    return new SourceLocation(file, 0, pointer);
  }

  public SourceLocation withPointer(String newPointer) {
    return new SourceLocation(file, line, newPointer);
  }

  /** "file:line", "file#/pointer" or "file:line#/pointer", for humans. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
    }
    if (!pointer.isEmpty()) {
      text.append('#').append(pointer);
    }
    return text.toString();
  }
}
