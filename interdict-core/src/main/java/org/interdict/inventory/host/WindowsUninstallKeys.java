package org.interdict.inventory.host;

import java.util.List;
import org.interdict.inventory.InventorySink;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;

/**
 * Parses {@code reg query <Uninstall key> /s} output: a key line ({@code
 * HKEY_LOCAL_MACHINE\...\{GUID}}) followed by value lines ({@code DisplayName REG_SZ Kaspersky
 * ...}). Keys without a DisplayName name no product and are skipped; SystemComponent entries are
 * kept, since vendors hide agents that way. Stateless.
 */
final class WindowsUninstallKeys {
  static final List<String> KEYS =
      List.of(
          "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall",
          "HKLM\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall",
          "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall");

  private WindowsUninstallKeys() {}

  static List<String> command(String key) {
    return List.of("reg", "query", key, "/s");
  }

  static void parse(String output, String host, InventorySink sink) {
    Entry entry = null;
    for (String raw : output.split("\r?\n")) {
      if (raw.startsWith("HKEY_")) {
        emit(entry, host, sink);
        entry = new Entry(raw.strip());
        continue;
      }
      if (entry == null || !raw.startsWith("    ")) {
        continue;
      }
      // Name, type and data are separated by four spaces; names and data may contain single spaces.
      String[] parts = raw.strip().split(" {4}", 3);
      if (parts.length == 3 && parts[1].startsWith("REG_")) {
        entry.value(parts[0], parts[2]);
      }
    }
    emit(entry, host, sink);
  }

  private static void emit(Entry entry, String host, InventorySink sink) {
    if (entry == null || entry.name.isBlank()) {
      return;
    }
    String key = entry.key;
    sink.record(
        SoftwareRecord.builder(
                RecordKind.WINDOWS_PROGRAM, SourceLocation.ofPointer("registry", key))
            .host(host)
            .name(entry.name)
            .version(entry.version)
            .publisher(entry.publisher)
            .path(entry.location)
            .packageName(key.substring(key.lastIndexOf('\\') + 1))
            .build());
  }

  private static final class Entry {
    final String key;
    String name = "";
    String version = "";
    String publisher = "";
    String location = "";

    Entry(String key) {
      this.key = key;
    }

    void value(String valueName, String data) {
      switch (valueName) {
        case "DisplayName" -> name = data;
        case "DisplayVersion" -> version = data;
        case "Publisher" -> publisher = data;
        case "InstallLocation" -> location = data;
        default -> {}
      }
    }
  }
}
