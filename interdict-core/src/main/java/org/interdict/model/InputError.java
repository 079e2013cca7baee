package org.interdict.model;

import java.util.Objects;

/**
 * A problem with one part of an input (a row, a document, a file) that was skipped while the rest
 * of the run went on. {@code errorId} is a stable kebab-case id such as {@code malformed-json} or
 * {@code unreadable-file}.
 */
public record InputError(SourceLocation location, String errorId, String message) {
  public InputError {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(errorId, "errorId");
    Objects.requireNonNull(message, "message");
  }

  public static InputError of(String file, long line, String errorId, String message) {
    return new InputError(SourceLocation.ofLine(file, line), errorId, message);
  }

  @Override
  public String toString() {
    return location + ": " + errorId + ": " + message;
  }
}
