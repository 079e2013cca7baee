package org.interdict.cli.screen;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.interdict.model.PartyFeatures;
import org.interdict.screening.QueryFeatures;

/**
 * The optional feature columns of a batch screen ({@code --dob-column}, {@code --country-column},
 * {@code --identifier-column}); null names mean "not given". Immutable.
 */
record FeatureColumns(String dob, String country, String identifier) {
  static final FeatureColumns NONE = new FeatureColumns(null, null, null);

  boolean any() {
    return dob != null || country != null || identifier != null;
  }

  /** Column positions in {@code header}, -1 for a column not asked for. */
  int[] positions(List<String> header, Path file) {
    return new int[] {
      at(header, dob, file, "--dob-column"),
      at(header, country, file, "--country-column"),
      at(header, identifier, file, "--identifier-column")
    };
  }

  /**
   * The features of one row.
   *
   * @throws QueryFeatures.BadFeatureException when a cell holds no readable date, country or
   *     identifier
   */
  static PartyFeatures of(int[] positions, java.util.function.IntFunction<String> field) {
    return QueryFeatures.ofCells(
        cell(positions[0], field), cell(positions[1], field), cell(positions[2], field));
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
