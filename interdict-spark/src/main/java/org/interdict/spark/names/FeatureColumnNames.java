package org.interdict.spark.names;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The feature columns a screen job reads beside the names, as the CLI's batch takes them: {@code
 * --dob-column}, {@code --country-column}, {@code --identifier-column}; null for one not given.
 */
public record FeatureColumnNames(String dob, String country, String identifier)
    implements Serializable {
  public static final FeatureColumnNames NONE = new FeatureColumnNames(null, null, null);

  /** The columns given, with the option that named each, in the order dob, country, identifier. */
  List<String[]> given() {
    List<String[]> given = new ArrayList<>();
    if (dob != null) {
      given.add(new String[] {dob, "--dob-column"});
    }
    if (country != null) {
      given.add(new String[] {country, "--country-column"});
    }
    if (identifier != null) {
      given.add(new String[] {identifier, "--identifier-column"});
    }
    return given;
  }
}
