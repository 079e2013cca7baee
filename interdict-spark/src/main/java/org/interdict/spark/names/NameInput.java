package org.interdict.spark.names;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.interdict.model.PartyFeatures;
import org.interdict.screening.QueryFeatures;
import org.interdict.spark.io.ErrorRows;

/**
 * One row of the input as the screening stage sees it: an id, a name to screen and the cells of its
 * feature columns ({@code --dob-column}, {@code --country-column}, {@code --identifier-column};
 * null for a column not asked for), or the error that made the row unusable (with its file and
 * line), which goes to the {@code errors} output instead. The cells travel as text and are parsed
 * where they are screened, since the typed features are not serializable; the reader has already
 * checked that they parse. A class rather than a record because Spark ships it with Java
 * serialization, which {@link Optional} does not support.
 */
public final class NameInput implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String inputId;
  private final String name;
  private final ErrorRow error;
  private final String dob;
  private final String country;
  private final String identifier;

  /** Why a row was skipped; {@code line} is 0 when the format has no lines. */
  public record ErrorRow(String source, long line, String errorId, String message)
      implements Serializable {
    public Row toRow() {
      return ErrorRows.of(source, line, errorId, message);
    }
  }

  private NameInput(
      String inputId, String name, ErrorRow error, String dob, String country, String identifier) {
    this.inputId = Objects.requireNonNull(inputId, "inputId");
    this.name = Objects.requireNonNull(name, "name");
    this.error = error;
    this.dob = dob;
    this.country = country;
    this.identifier = identifier;
  }

  public static NameInput of(String inputId, String name) {
    return new NameInput(inputId, name, null, null, null, null);
  }

  /**
   * A row with the cells of its feature columns (null: no such column), or an error row naming
   * {@code source} and {@code line} when a cell is not a date, a country or an identifier.
   */
  public static NameInput withFeatures(
      String inputId,
      String name,
      String dob,
      String country,
      String identifier,
      String source,
      long line) {
    NameInput input = new NameInput(inputId, name, null, dob, country, identifier);
    try {
      input.features();
    } catch (QueryFeatures.BadFeatureException e) {
      return bad(source, line, "malformed-input-row", e.getMessage() + "; skipping row");
    }
    return input;
  }

  public static NameInput bad(String source, long line, String errorId, String message) {
    return new NameInput("", "", new ErrorRow(source, line, errorId, message), null, null, null);
  }

  /**
   * The row's features, read as the CLI's batch reads its feature columns (empty cells give none).
   */
  public PartyFeatures features() {
    return QueryFeatures.ofCells(
        Optional.ofNullable(dob), Optional.ofNullable(country), Optional.ofNullable(identifier));
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
