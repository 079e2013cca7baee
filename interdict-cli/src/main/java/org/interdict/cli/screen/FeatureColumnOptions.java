package org.interdict.cli.screen;

import picocli.CommandLine.Option;

/** A batch screen's feature columns: {@code --dob-column}, {@code --country-column}... */
public final class FeatureColumnOptions {
  @Option(
      names = "--dob-column",
      paramLabel = "COL",
      description = "Column of --input holding birth dates" + FeatureOptions.COLUMN_HELP)
  String dob;

  @Option(
      names = "--country-column",
      paramLabel = "COL",
      description = "Column of --input holding a country of the party" + FeatureOptions.COLUMN_HELP)
  String country;

  @Option(
      names = "--identifier-column",
      paramLabel = "COL",
      description =
          "Column of --input holding an identifier as TYPE:VALUE" + FeatureOptions.COLUMN_HELP)
  String identifier;

  public FeatureColumns columns() {
    return new FeatureColumns(dob, country, identifier);
  }
}
