package org.interdict.inventory.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;

/**
 * Lists {@code *.app} bundles in an Applications folder from their {@code Contents/Info.plist};
 * stateless.
 */
final class MacApplications {
  private MacApplications() {}

  static void read(Path applications, String host, InventorySink sink) throws IOException {
    if (!Files.isDirectory(applications)) {
      return;
    }
    List<Path> apps = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(applications, "*.app")) {
      entries.forEach(apps::add);
    }
    apps.sort(null); // directory order differs between file systems; reports should not
    for (Path app : apps) {
      readApp(app, host, sink);
    }
  }

  private static void readApp(Path app, String host, InventorySink sink) throws IOException {
    Path plist = app.resolve("Contents").resolve("Info.plist");
    SourceLocation location = SourceLocation.ofLine(plist.toString(), 0);
    if (!Files.isRegularFile(plist)) {
      sink.error(
          new InputError(
              location, "missing-info-plist", "app bundle has no Contents/Info.plist; skipping"));
      return;
    }
    Map<String, String> values;
    try (InputStream input = new java.io.BufferedInputStream(Files.newInputStream(plist))) {
      input.mark(8);
      byte[] head = input.readNBytes(6);
      input.reset();
      if (InfoPlist.isBinary(head)) {
        sink.error(
            new InputError(
                location,
                "binary-plist",
                "binary property lists are not read; convert with"
                    + " `plutil -convert xml1` to include this app; skipping"));
        return;
      }
      values = InfoPlist.strings(input);
    } catch (XMLStreamException e) {
      sink.error(
          new InputError(
              location,
              "malformed-plist",
              "not a readable XML plist: "
                  + e.getMessage().replaceAll("\\s+", " ")
                  + "; skipping"));
      return;
    }
    String fileName = app.getFileName().toString();
    String name = first(values, "CFBundleDisplayName", "CFBundleName");
    if (name.isEmpty()) {
      name = fileName.substring(0, fileName.length() - ".app".length());
    }
    sink.record(
        SoftwareRecord.builder(RecordKind.MACOS_APP, location)
            .host(host)
            .name(name)
            .bundleId(first(values, "CFBundleIdentifier"))
            .version(first(values, "CFBundleShortVersionString", "CFBundleVersion"))
            .path(app.toString())
            .build());
  }

  private static String first(Map<String, String> values, String... keys) {
    for (String key : keys) {
      String value = values.get(key);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return "";
  }
}
