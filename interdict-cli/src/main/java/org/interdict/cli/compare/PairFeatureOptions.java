package org.interdict.cli.compare;

import java.util.ArrayList;
import java.util.List;
import org.interdict.cli.screen.FeatureColumns;
import org.interdict.cli.screen.FeatureOptions;
import org.interdict.model.PartyFeatures;
import org.interdict.screening.QueryFeatures;
import picocli.CommandLine.Option;

/**
 * The features of both sides of {@code compare}: values for two NAMEs ({@code --dob-a}, {@code
 * --dob-b}...) or columns of {@code --input} ({@code --dob-a-column}...), described as {@code
 * screen} describes its own ({@link FeatureOptions}) and read by the same parser.
 */
final class PairFeatureOptions {
  @Option(
      names = "--dob-a",
      paramLabel = "DATE",
      description = "Birth date of A " + FeatureOptions.DOB_HELP)
  List<String> dobA = new ArrayList<>();

  @Option(
      names = "--dob-b",
      paramLabel = "DATE",
      description = "Birth date of B " + FeatureOptions.DOB_HELP)
  List<String> dobB = new ArrayList<>();

  @Option(
      names = "--country-a",
      paramLabel = "COUNTRY",
      description = "A country of A " + FeatureOptions.COUNTRY_HELP)
  List<String> countryA = new ArrayList<>();

  @Option(
      names = "--country-b",
      paramLabel = "COUNTRY",
      description = "A country of B " + FeatureOptions.COUNTRY_HELP)
  List<String> countryB = new ArrayList<>();

  @Option(
      names = "--identifier-a",
      paramLabel = "TYPE:VALUE",
      description = "An identifier of A " + FeatureOptions.IDENTIFIER_HELP)
  List<String> identifierA = new ArrayList<>();

  @Option(
      names = "--identifier-b",
      paramLabel = "TYPE:VALUE",
      description = "An identifier of B " + FeatureOptions.IDENTIFIER_HELP)
  List<String> identifierB = new ArrayList<>();

  @Option(
      names = "--dob-a-column",
      paramLabel = "COL",
      description = "Column of --input holding A's birth date" + FeatureOptions.COLUMN_HELP)
  String dobAColumn;

  @Option(
      names = "--dob-b-column",
      paramLabel = "COL",
      description = "Column of --input holding B's birth date" + FeatureOptions.COLUMN_HELP)
  String dobBColumn;

  @Option(
      names = "--country-a-column",
      paramLabel = "COL",
      description = "Column of --input holding a country of A" + FeatureOptions.COLUMN_HELP)
  String countryAColumn;

  @Option(
      names = "--country-b-column",
      paramLabel = "COL",
      description = "Column of --input holding a country of B" + FeatureOptions.COLUMN_HELP)
  String countryBColumn;

  @Option(
      names = "--identifier-a-column",
      paramLabel = "COL",
      description =
          "Column of --input holding an identifier of A as TYPE:VALUE" + FeatureOptions.COLUMN_HELP)
  String identifierAColumn;

  @Option(
      names = "--identifier-b-column",
      paramLabel = "COL",
      description =
          "Column of --input holding an identifier of B as TYPE:VALUE" + FeatureOptions.COLUMN_HELP)
  String identifierBColumn;

  /**
   * @throws QueryFeatures.BadFeatureException for a value that is not a date, country or identifier
   */
  PartyFeatures a() {
    return QueryFeatures.of(dobA, countryA, identifierA);
  }

  /**
   * @throws QueryFeatures.BadFeatureException for a value that is not a date, country or identifier
   */
  PartyFeatures b() {
    return QueryFeatures.of(dobB, countryB, identifierB);
  }

  boolean anyValue() {
    return !(dobA.isEmpty()
        && dobB.isEmpty()
        && countryA.isEmpty()
        && countryB.isEmpty()
        && identifierA.isEmpty()
        && identifierB.isEmpty());
  }

  FeatureColumns columnsA() {
    return new FeatureColumns(dobAColumn, countryAColumn, identifierAColumn, "-a");
  }

  FeatureColumns columnsB() {
    return new FeatureColumns(dobBColumn, countryBColumn, identifierBColumn, "-b");
  }
}
