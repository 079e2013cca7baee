package org.interdict.inventory.osquery;

import java.util.Locale;
import java.util.Map;
import org.interdict.model.RecordKind;

/**
 * The osquery tables whose rows become records, each with the record kind it yields. Unknown tables
 * fall back to {@link #OTHER}, which still keeps any row that has a {@code name} column.
 */
enum OsqueryTable {
  PROGRAMS("programs", RecordKind.WINDOWS_PROGRAM),
  APPS("apps", RecordKind.MACOS_APP),
  DEB_PACKAGES("deb_packages", RecordKind.DEB_PACKAGE),
  RPM_PACKAGES("rpm_packages", RecordKind.RPM_PACKAGE),
  CHROME_EXTENSIONS("chrome_extensions", RecordKind.BROWSER_EXTENSION),
  SERVICES("services", RecordKind.SERVICE),
  PROCESSES("processes", RecordKind.PROCESS),
  OTHER("", RecordKind.SOFTWARE);

  private final String tableName;
  private final RecordKind kind;

  OsqueryTable(String tableName, RecordKind kind) {
    this.tableName = tableName;
    this.kind = kind;
  }

  RecordKind kind() {
    return kind;
  }

  /**
   * The table a scheduled query reads, from its name: {@code programs}, {@code
   * pack_inventory_programs}, {@code programs_and_features}... Query names are free text, so this
   * only recognises the table name as a whole {@code _}-separated part; {@link #OTHER} when none is
   * recognised.
   */
  static OsqueryTable fromQueryName(String queryName) {
    if (queryName.isEmpty()) {
      return OTHER;
    }
    String query = queryName.toLowerCase(Locale.ROOT);
    for (OsqueryTable table : values()) {
      if (table != OTHER && containsPart(query, table.tableName)) {
        return table;
      }
    }
    if (containsPart(query, "process") || containsPart(query, "process_snapshot")) {
      return PROCESSES;
    }
    return OTHER;
  }

  private static boolean containsPart(String query, String part) {
    int from = 0;
    while (true) {
      int at = query.indexOf(part, from);
      if (at < 0) {
        return false;
      }
      int end = at + part.length();
      boolean startOk = at == 0 || query.charAt(at - 1) == '_';
      boolean endOk = end == query.length() || query.charAt(end) == '_';
      if (startOk && endOk) {
        return true;
      }
      from = at + 1;
    }
  }

  /** The table a row most likely came from, judged by the columns only that table has. */
  static OsqueryTable fromColumns(Map<String, String> row) {
    if (row.containsKey("bundle_identifier") || row.containsKey("bundle_short_version")) {
      return APPS;
    }
    if (row.containsKey("identifying_number")
        || row.containsKey("install_location")
        || row.containsKey("uninstall_string")) {
      return PROGRAMS;
    }
    if (row.containsKey("maintainer")) {
      return DEB_PACKAGES;
    }
    if (row.containsKey("package_group")
        || (row.containsKey("vendor") && row.containsKey("release"))) {
      return RPM_PACKAGES;
    }
    if (row.containsKey("browser_type")
        || row.containsKey("update_url")
        || (row.containsKey("identifier") && row.containsKey("author"))) {
      return CHROME_EXTENSIONS;
    }
    if (row.containsKey("service_type")
        || row.containsKey("start_type")
        || row.containsKey("module_path")) {
      return SERVICES;
    }
    if (row.containsKey("pid") && row.containsKey("path")) {
      return PROCESSES;
    }
    return OTHER;
  }
}
