package org.interdict.inventory.osquery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsqueryTableTest {
  @ParameterizedTest
  @CsvSource({
    "programs, PROGRAMS",
    "pack_inventory_programs, PROGRAMS",
    "programs_and_features, PROGRAMS",
    "pack_mac_apps, APPS",
    "apps, APPS",
    "mappstore, OTHER",
    "deb_packages, DEB_PACKAGES",
    "pack_it_rpm_packages_daily, RPM_PACKAGES",
    "chrome_extensions, CHROME_EXTENSIONS",
    "process_snapshot, PROCESSES",
    "services, SERVICES",
    "osquery_info, OTHER",
  })
  void queryNamesPointAtTables(String queryName, OsqueryTable expected) {
    assertThat(OsqueryTable.fromQueryName(queryName)).isEqualTo(expected);
  }
}
