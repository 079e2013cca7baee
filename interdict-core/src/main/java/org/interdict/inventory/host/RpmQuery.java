package org.interdict.inventory.host;

import java.util.List;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;

/**
 * Lists installed RPM packages by running {@code rpm -qa} with a tab-separated query format;
 * stateless.
 */
final class RpmQuery {
  static final List<String> COMMAND =
      List.of("rpm", "-qa", "--queryformat", "%{NAME}\\t%{VERSION}-%{RELEASE}\\t%{VENDOR}\\n");
  static final String SOURCE = "rpm -qa";

  private RpmQuery() {}

  /** Parses the command's output: one package per line, name, version-release and vendor. */
  static void parse(String output, String host, InventorySink sink) {
    long lineNumber = 0;
    for (String line : output.split("\n")) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length < 3) {
        sink.error(
            InputError.of(
                SOURCE,
                lineNumber,
                "unexpected-output",
                "expected name, version and vendor separated by tabs; skipping line"));
        continue;
      }
      String vendor = "(none)".equals(parts[2].strip()) ? "" : parts[2];
      sink.record(
          SoftwareRecord.builder(RecordKind.RPM_PACKAGE, SourceLocation.ofLine(SOURCE, lineNumber))
              .host(host)
              .name(parts[0])
              .packageName(parts[0])
              .version(parts[1])
              .publisher(vendor)
              .build());
    }
  }
}
