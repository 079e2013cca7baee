package org.interdict.inventory.osquery;

import java.util.Map;
import java.util.Optional;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;

/** Maps one osquery row (column name to text value) to a record; stateless and thread-safe. */
final class OsqueryRowMapper {
  private OsqueryRowMapper() {}

  /**
   * @param hinted the table the query name points at, or {@link OsqueryTable#OTHER} to judge by the
   *     columns
   * @return empty when the row names no software (no usable name column)
   */
  static Optional<SoftwareRecord> map(
      OsqueryTable hinted, Map<String, String> row, String host, SourceLocation location) {
    OsqueryTable table = hinted == OsqueryTable.OTHER ? OsqueryTable.fromColumns(row) : hinted;
    String rowHost = host.isEmpty() ? first(row, "hostname", "host_identifier", "host") : host;
    SoftwareRecord.Builder builder = SoftwareRecord.builder(table.kind(), location).host(rowHost);
    String name = get(row, "name");
    switch (table) {
      case PROGRAMS ->
          builder
              .version(get(row, "version"))
              .publisher(get(row, "publisher"))
              .path(get(row, "install_location"))
              // The UWP family name or the MSI product code: the closest thing Windows has to a
              // package id.
              .packageName(first(row, "package_family_name", "identifying_number"));
      case APPS -> {
        // osquery names apps after their bundle directory ("Foo.app"); the suffix only gets in the
        // way of matching.
        name = appName(name);
        if (name.isEmpty()) {
          name = first(row, "display_name", "bundle_name");
        }
        if (name.isEmpty()) {
          name = appName(get(row, "path"));
        }
        builder
            .bundleId(get(row, "bundle_identifier"))
            .version(first(row, "bundle_short_version", "bundle_version"))
            .path(get(row, "path"));
      }
      case DEB_PACKAGES ->
          builder
              .packageName(name)
              .version(get(row, "version"))
              .publisher(first(row, "maintainer", "vendor"));
      case RPM_PACKAGES ->
          builder
              .packageName(name)
              .version(get(row, "version"))
              .publisher(first(row, "vendor", "maintainer"));
      case CHROME_EXTENSIONS ->
          builder
              .bundleId(get(row, "identifier"))
              .version(get(row, "version"))
              .publisher(get(row, "author"))
              .path(get(row, "path"));
      case SERVICES -> {
        // The display name ("Kaspersky Security Service") says more than the short service name
        // ("AVP").
        builder.packageName(name).path(first(row, "path", "module_path"));
        String display = get(row, "display_name");
        if (!display.isEmpty()) {
          name = display;
        }
      }
      case PROCESSES -> {
        if (name.isEmpty()) {
          name = baseName(get(row, "path"));
        }
        builder.path(get(row, "path"));
      }
      case OTHER ->
          builder
              .version(get(row, "version"))
              .publisher(first(row, "publisher", "vendor", "author", "maintainer"))
              .bundleId(first(row, "bundle_identifier", "identifier"))
              .path(get(row, "path"));
    }
    if (name.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(builder.name(name).build());
  }

  private static String get(Map<String, String> row, String column) {
    String value = row.get(column);
    return value == null ? "" : value;
  }

  private static String first(Map<String, String> row, String... columns) {
    for (String column : columns) {
      String value = row.get(column);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return "";
  }

  static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  private static String appName(String path) {
    String base = baseName(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    return base.endsWith(".app") ? base.substring(0, base.length() - 4) : base;
  }
}
