package org.interdict.inventory.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.inventory.InventorySink;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;

/**
 * Reads dpkg's status database ({@code /var/lib/dpkg/status}): stanzas separated by blank lines,
 * one per package, kept only when their Status ends in "installed" (removed packages keep a stanza
 * with "config-files"). Streams line by line; stateless.
 */
final class DpkgStatusReader {
  private DpkgStatusReader() {}

  static void read(Path status, String host, InventorySink sink) throws IOException {
    String file = status.toString();
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(status), decoder))) {
      Stanza stanza = new Stanza();
      long lineNumber = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          stanza.emit(file, host, sink);
          stanza = new Stanza();
          continue;
        }
        if (stanza.startLine == 0) {
          stanza.startLine = lineNumber;
        }
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
          continue; // continuation of a multi-line field such as Description or Conffiles
        }
        int colon = line.indexOf(':');
        if (colon > 0) {
          stanza.field(line.substring(0, colon), line.substring(colon + 1).strip());
        }
      }
      stanza.emit(file, host, sink);
    }
  }

  private static final class Stanza {
    long startLine;
    String name = "";
    String version = "";
    String maintainer = "";
    String status = "";

    void field(String key, String value) {
      switch (key) {
        case "Package" -> name = value;
        case "Version" -> version = value;
        case "Maintainer" -> maintainer = value;
        case "Status" -> status = value;
        default -> {}
      }
    }

    void emit(String file, String host, InventorySink sink) {
      if (name.isEmpty() || !status.endsWith(" installed")) {
        return;
      }
      sink.record(
          SoftwareRecord.builder(RecordKind.DEB_PACKAGE, SourceLocation.ofLine(file, startLine))
              .host(host)
              .name(name)
              .packageName(name)
              .version(version)
              .publisher(maintainer)
              .build());
    }
  }
}
