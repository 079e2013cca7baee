package org.interdict.inventory.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;

/**
 * Reads the software installed on one machine ({@code --host}): on Linux the dpkg status file and
 * {@code rpm -qa}, on macOS the {@code Applications} folders' {@code Info.plist} files, on Windows
 * the registry uninstall keys via {@code reg query}. The OS name, file-system root and command
 * runner are parameters so tests can point them at fixtures. Thread-safe: holds only immutable
 * configuration.
 */
public final class HostInventory {
  private final String osName;
  private final Path root;
  private final String hostName;
  private final CommandRunner commands;

  /**
   * @param osName as {@code os.name} gives it ("Linux", "Mac OS X", "Windows 11")
   * @param root where absolute paths such as {@code /var/lib/dpkg/status} are resolved ("/" on a
   *     real host)
   * @param hostName the host written into every record
   * @param commands runs rpm and reg
   */
  public HostInventory(String osName, Path root, String hostName, CommandRunner commands) {
    this.osName = Objects.requireNonNull(osName, "osName");
    this.root = Objects.requireNonNull(root, "root");
    this.hostName = Objects.requireNonNull(hostName, "hostName");
    this.commands = Objects.requireNonNull(commands, "commands");
  }

  /** The machine this JVM runs on. */
  public static HostInventory local() {
    Path root = Path.of(System.getProperty("os.name", "").startsWith("Windows") ? "C:\\" : "/");
    return new HostInventory(
        System.getProperty("os.name", ""),
        root,
        localHostName(System.getenv()),
        new ProcessCommandRunner());
  }

  /** Sends every installed package or application to the sink. */
  public void read(InventorySink sink) {
    String os = osName.toLowerCase(Locale.ROOT);
    try {
      if (os.contains("linux")) {
        readLinux(sink);
      } else if (os.contains("mac") || os.contains("darwin")) {
        MacApplications.read(root.resolve("Applications"), hostName, sink);
        MacApplications.read(root.resolve("System").resolve("Applications"), hostName, sink);
      } else if (os.contains("windows")) {
        for (String key : WindowsUninstallKeys.KEYS) {
          commands
              .run(WindowsUninstallKeys.command(key))
              .ifPresent(output -> WindowsUninstallKeys.parse(output, hostName, sink));
        }
      } else {
        throw new UnreadableInventoryException(
            "--host does not know how to list software on '"
                + osName
                + "'; supported: Linux (dpkg, rpm), macOS, Windows. Export an inventory and pass it as a file");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the host inventory: " + e.getMessage(), e);
    }
  }

  private void readLinux(InventorySink sink) throws IOException {
    Path dpkgStatus = root.resolve("var/lib/dpkg/status");
    if (Files.isRegularFile(dpkgStatus)) {
      DpkgStatusReader.read(dpkgStatus, hostName, sink);
    }
    commands.run(RpmQuery.COMMAND).ifPresent(output -> RpmQuery.parse(output, hostName, sink));
  }

  /** HOSTNAME or COMPUTERNAME, then the resolver, then /etc/hostname, then "localhost". */
  static String localHostName(Map<String, String> environment) {
    for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    try {
      String name = InetAddress.getLocalHost().getHostName();
      if (!name.isBlank()) {
        return name;
      }
    } catch (UnknownHostException e) {
      // Containers often cannot resolve their own name; the files below still know it.
    }
    try {
      Path etcHostname = Path.of("/etc/hostname");
      if (Files.isReadable(etcHostname)) {
        String name = Files.readString(etcHostname, StandardCharsets.UTF_8).strip();
        if (!name.isEmpty()) {
          return name;
        }
      }
    } catch (IOException e) {
      // Fall through to the last resort.
    }
    return "localhost";
  }
}
