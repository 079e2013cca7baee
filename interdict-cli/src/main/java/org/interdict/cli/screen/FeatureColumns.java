package org.interdict.cli.screen;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.interdict.model.PartyFeatures;
import org.interdict.screening.QueryFeatures;

/**
 * The optional feature columns of a CSV input: a batch screen's {@code --dob-column}, {@code
 * --country-column} and {@code --identifier-column}, or one side's of {@code compare --input}
 * ({@code side} "-a" or "-b": {@code --dob-a-column}...); null names mean "not given". Immutable.
 */
public record FeatureColumns(String dob, String country, String identifier, String side) {
  static final FeatureColumns NONE = new FeatureColumns(null, null, null);

  public FeatureColumns {
    java.util.Objects.requireNonNull(side, "side");
  }

  /** The columns of a batch screen, named by {@code --dob-column} and the like. */
  public FeatureColumns(String dob, String country, String identifier) {
    this(dob, country, identifier, "");
  }

  public boolean any() {
    return dob != null || country != null || identifier != null;
  }

  /**
   * Column positions in {@code header}, -1 for a column not asked for.
   *
   * @throws org.interdict.UnreadableInputException naming the file, the option and the columns
   *     there are, for a column the header lacks
   */
  public int[] positions(List<String> header, Path file) {
    return new int[] {
      at(header, dob, file, "--dob" + side + "-column"),
      at(header, country, file, "--country" + side + "-column"),
      at(header, identifier, file, "--identifier" + side + "-column")
    };
  }

  /**
   * The features of one row.
   *
   * @throws QueryFeatures.BadFeatureException when a cell holds no readable date, country or
   *     identifier
   */
  public static PartyFeatures of(int[] positions, java.util.function.IntFunction<String> field) {
    return QueryFeatures.ofCells(
        cell(positions[0], field), cell(positions[1], field), cell(positions[2], field));
  }

  /** The last position asked for, -1 for none: a row needs one field more. */
  public static int last(int[] positions) {
    return Math.max(positions[0], Math.max(positions[1], positions[2]));
  }

  private static Optional<String> cell(int position, java.util.function.IntFunction<String> field) {
    return position < 0 ? Optional.empty() : Optional.of(field.apply(position));
  }

  private static int at(List<String> header, String column, Path file, String option) {
    if (column == null) {
      return -1;
    }
    int at = header.indexOf(column);
    if (at < 0) {
      throw new UnreadableInputException(
          "input file "
              + file
              + " has no column '"
              + column
              + "' ("
              + option
              + "); its columns are "
              + header);
    }
    return at;
  }
}
