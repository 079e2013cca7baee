package org.interdict.spark.scan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What every task of a scan needs to know: the catalog ("" for the bundled one), profile, date, CSV
 * mapping, and whether findings list every regime that names the vendor ({@code --all-regimes}) or
 * only those that cover it.
 */
record ScanSettings(
    String catalogDir, String profile, LocalDate asOf, String csvMapping, boolean allRegimes)
    implements Serializable {
  ScanSettings {
    Objects.requireNonNull(catalogDir, "catalogDir");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(csvMapping, "csvMapping");
  }
}
