package org.interdict.spark.names;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.interdict.spark.io.ErrorRows;

/**
 * One row of the input as the screening stage sees it: an id and a name to screen, or the error
 * that made the row unusable (with its file and line), which goes to the {@code errors} output
 * instead. A class rather than a record because Spark ships it with Java serialization, which
 * {@link Optional} does not support.
 */
public final class NameInput implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String inputId;
  private final String name;
  private final ErrorRow error;

  /** Why a row was skipped; {@code line} is 0 when the format has no lines. */
  public record ErrorRow(String source, long line, String errorId, String message)
      implements Serializable {
    public Row toRow() {
      return ErrorRows.of(source, line, errorId, message);
    }
  }

  private NameInput(String inputId, String name, ErrorRow error) {
    this.inputId = Objects.requireNonNull(inputId, "inputId");
    this.name = Objects.requireNonNull(name, "name");
    this.error = error;
  }

  public static NameInput of(String inputId, String name) {
    return new NameInput(inputId, name, null);
  }

  public static NameInput bad(String source, long line, String errorId, String message) {
    return new NameInput("", "", new ErrorRow(source, line, errorId, message));
  }

  public String inputId() {
    return inputId;
  }

  public String name() {
    return name;
  }

  public Optional<ErrorRow> error() {
    return Optional.ofNullable(error);
  }
}
