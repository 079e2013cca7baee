package org.interdict.inventory.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.inventory.CollectingSink;
import org.interdict.inventory.Golden;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class HostInventoryTest {
  private static final Path HOST = Golden.fixture("host");

  /** Answers rpm and reg from fixture files and remembers what was asked; no process is started. */
  private static final class CannedCommands implements CommandRunner {
    final List<List<String>> asked = new ArrayList<>();
    final Map<String, String> outputByProgram;

    CannedCommands(Map<String, String> outputByProgram) {
      this.outputByProgram = outputByProgram;
    }

    @Override
    public Optional<String> run(List<String> command) {
      asked.add(command);
      String file = outputByProgram.get(command.get(0));
      if (file == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readString(HOST.resolve(file), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void linuxReadsDpkgStatusAndRpmOutput() {
    CannedCommands commands = new CannedCommands(Map.of("rpm", "rpm-qa.txt"));
    CollectingSink sink = new CollectingSink();
    new HostInventory("Linux", HOST.resolve("linux"), "srv-build-02", commands).read(sink);
    Golden.compare(Golden.render(sink), "host/linux.golden");
    assertThat(sink.names()).containsExactly("bash", "kesl", "bash", "kesl", "gpg-pubkey");
    assertThat(sink.names()).doesNotContain("klnagent64");
    SoftwareRecord kesl = sink.records.get(1);
    assertThat(kesl.kind()).isEqualTo(RecordKind.DEB_PACKAGE);
    assertThat(kesl.publisher()).isEqualTo("AO Kaspersky Lab <support@kaspersky.com>");
    assertThat(kesl.location().line()).isEqualTo(15);
    assertThat(sink.records.get(3).kind()).isEqualTo(RecordKind.RPM_PACKAGE);
    assertThat(sink.records.get(4).publisher()).isEmpty();
    assertThat(sink.errorIds()).containsExactly("unexpected-output");
    assertThat(commands.asked).containsExactly(RpmQuery.COMMAND);
  }

  @Test
  void macReadsXmlInfoPlistsAndReportsBinaryOnes() {
    CollectingSink sink = new CollectingSink();
    new HostInventory(
            "Mac OS X", HOST.resolve("mac"), "mbp-design-04", new CannedCommands(Map.of()))
        .read(sink);
    Golden.compare(Golden.render(sink), "host/mac.golden");
    assertThat(sink.records)
        .extracting(SoftwareRecord::name, SoftwareRecord::bundleId, SoftwareRecord::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Kaspersky Internet Security", "com.kaspersky.kav.gui", "21.9"),
            org.assertj.core.groups.Tuple.tuple("Safari", "com.apple.Safari", "18.1"));
    assertThat(sink.errorIds()).containsExactly("binary-plist", "missing-info-plist");
  }

  @Test
  void windowsParsesRegQueryOfEachUninstallKey() {
    CannedCommands commands = new CannedCommands(Map.of("reg", "reg-query-uninstall.txt"));
    CollectingSink sink = new CollectingSink();
    new HostInventory("Windows 11", HOST, "WS-ACCT-017", commands).read(sink);
    assertThat(commands.asked).hasSize(3).allSatisfy(c -> assertThat(c).startsWith("reg", "query"));
    // The canned output answers all three keys, so each program appears three times.
    assertThat(sink.records).hasSize(6);
    SoftwareRecord kes = sink.records.get(0);
    assertThat(kes.kind()).isEqualTo(RecordKind.WINDOWS_PROGRAM);
    assertThat(kes.name()).isEqualTo("Kaspersky Endpoint Security for Windows");
    assertThat(kes.publisher()).isEqualTo("AO Kaspersky Lab");
    assertThat(kes.version()).isEqualTo("12.3.0.493");
    assertThat(kes.path()).isEqualTo("C:\\Program Files (x86)\\Kaspersky Lab\\KES.12.3.0\\");
    assertThat(kes.packageName()).isEqualTo("{9A017278-F7F4-4DF9-A482-0B97B70DD7ED}");
    assertThat(kes.location().pointer())
        .endsWith("Uninstall\\{9A017278-F7F4-4DF9-A482-0B97B70DD7ED}");
    assertThat(sink.names()).doesNotContain("KB5034441", "");
  }

  @Test
  void unknownOperatingSystemIsRefused() {
    assertThatThrownBy(
            () ->
                new HostInventory("Plan 9", HOST, "h", c -> Optional.empty())
                    .read(new CollectingSink()))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("Plan 9");
  }

  @Test
  void realDpkgStatusOfThisMachineListsBash() {
    Assumptions.assumeTrue(
        Files.isRegularFile(Path.of("/var/lib/dpkg/status")),
        "no /var/lib/dpkg/status on this machine");
    CollectingSink sink = new CollectingSink();
    new HostInventory("Linux", Path.of("/"), "this-machine", c -> Optional.empty()).read(sink);
    assertThat(sink.records)
        .anySatisfy(
            r -> {
              assertThat(r.name()).isEqualTo("bash");
              assertThat(r.kind()).isEqualTo(RecordKind.DEB_PACKAGE);
              assertThat(r.version()).isNotEmpty();
              assertThat(r.host()).isEqualTo("this-machine");
            });
    assertThat(sink.errors).isEmpty();
  }

  @Test
  void hostNameComesFromTheEnvironmentFirst() {
    assertThat(HostInventory.localHostName(Map.of("COMPUTERNAME", "WS-1 "))).isEqualTo("WS-1");
    assertThat(HostInventory.localHostName(Map.of())).isNotBlank();
  }
}
