package org.interdict.cli.screen;

import java.util.ArrayList;
import java.util.List;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.interdict.screening.QueryFeatures;
import picocli.CommandLine.Option;

/**
 * The screened party's features as {@code screen} takes them ({@code --dob}, {@code
 * --party-country}, {@code --identifier}, {@code --party-type}), and the help texts {@code compare}
 * uses for the same features of each side, so the two commands describe and read them alike.
 */
public final class FeatureOptions {
  /** Help of a birth-date option. */
  public static final String DOB_HELP =
      "(YYYY-MM-DD, YYYY-MM, YYYY, DD/MM/YYYY, 'circa 1960', '1960 to 1965'); weighed by entity-v1.";

  /** Help of a party-country option. */
  public static final String COUNTRY_HELP =
      "(nationality, address, registration; ISO code or English name); weighed by entity-v1.";

  /** Help of an identifier option. */
  public static final String IDENTIFIER_HELP =
      "as TYPE:VALUE, e.g. passport:1084010 (types: passport, national-id, tax-id, registration, imo,"
          + " mmsi, swift-bic, lei, crypto-address, call-sign, aircraft, other).";

  /** Help of a feature column option: one value a cell, an empty cell for none. */
  public static final String COLUMN_HELP = "; one value a cell, an empty cell for none.";

  @Option(
      names = "--dob",
      paramLabel = "DATE",
      description = "Birth date of the screened person " + DOB_HELP)
  List<String> dobs = new ArrayList<>();

  @Option(
      names = "--party-country",
      paramLabel = "COUNTRY",
      description =
          "A country the screened party is tied to "
              + COUNTRY_HELP
              + " Unlike --country, which filters.")
  List<String> countries = new ArrayList<>();

  @Option(
      names = "--identifier",
      paramLabel = "TYPE:VALUE",
      description = "An identifier of the screened party " + IDENTIFIER_HELP)
  List<String> identifiers = new ArrayList<>();

  @Option(
      names = "--party-type",
      paramLabel = "TYPE",
      description =
          "What the screened party is: person or org; entity-v1 lowers a person's score against a listed"
              + " organization, vessel or aircraft and the reverse (--type filters instead).")
  String partyType;

  /**
   * @throws QueryFeatures.BadFeatureException for a value that is not a date, country or identifier
   */
  public PartyFeatures features() {
    return QueryFeatures.of(dobs, countries, identifiers);
  }

  /**
   * @throws QueryFeatures.BadFeatureException for an unknown type
   */
  public PartyType partyType() {
    return partyType == null ? PartyType.UNKNOWN : QueryFeatures.partyType(partyType);
  }
}
