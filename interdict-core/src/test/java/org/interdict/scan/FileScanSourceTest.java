package org.interdict.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.interdict.inventory.CollectingSink;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.InventoryOpener;
import org.interdict.inventory.UnreadableInventoryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening inputs that are not plain files: pipes, FIFOs, unreadable files (issue 9, failure 7 and
 * warnings).
 */
class FileScanSourceTest {
  private static final String SPDX =
      "{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{\"name\":"
          + "\"Kaspersky Endpoint Security for Windows\",\"versionInfo\":\"12.0\"}]}";

  @TempDir Path temp;

  @Test
  @Timeout(30)
  void readsAFifoWithAWriterBySniffingItsBufferedPrefix() throws Exception {
    Path fifo = mkfifo("inventory");
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(fifo, SPDX));

    CollectingSink sink = new CollectingSink();
    FileScanSource source =
        new FileScanSource(fifo, "inventory", "auto", CsvColumnMapping.auto(), in -> in);
    source.readInto(sink);
    writer.get(10, TimeUnit.SECONDS);

    assertThat(sink.errors).isEmpty();
    assertThat(sink.names()).containsExactly("Kaspersky Endpoint Security for Windows");
    assertThat(source.formatId()).isEqualTo("spdx");
  }

  @Test
  @Timeout(30)
  void aFifoWithoutWriterIsAnnouncedThenGivenUpOn() throws Exception {
    Path fifo = mkfifo("nobody-writes");
    List<String> notices = new CopyOnWriteArrayList<>();
    InventoryOpener opening =
        new InventoryOpener(Duration.ofMillis(300), Duration.ofSeconds(2), notices::add);

    long start = System.nanoTime();
    assertThatThrownBy(() -> opening.open(fifo, "nobody-writes"))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("nobody-writes")
        .hasMessageContaining("no process opened it for writing within 2 s");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(notices).singleElement().asString().contains("nobody-writes", "waiting", "writer");
  }

  @Test
  void readsAnOpenedStreamSuchAsStandardInput() {
    CollectingSink sink = new CollectingSink();
    FileScanSource source =
        FileScanSource.ofStream(
            "-",
            () -> new ByteArrayInputStream(SPDX.getBytes(StandardCharsets.UTF_16)),
            "auto",
            CsvColumnMapping.auto(),
            UnaryOperator.identity());

    source.readInto(sink);

    assertThat(sink.names()).containsExactly("Kaspersky Endpoint Security for Windows");
    assertThat(sink.records.get(0).location().file()).isEqualTo("-");
  }

  @Test
  void anInputTheSystemRefusesSaysPermissionDeniedAndNamesIt() {
    // What Files.newInputStream throws for a file without read permission (injected: tests run as
    // root).
    FileScanSource source =
        FileScanSource.ofStream(
            "fleet.json",
            () -> {
              throw new AccessDeniedException(temp.resolve("fleet.json").toString());
            },
            "auto",
            CsvColumnMapping.auto(),
            UnaryOperator.identity());

    assertThatThrownBy(() -> source.readInto(new CollectingSink()))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessage("fleet.json: permission denied (the user running interdict may not read it)");
  }

  @Test
  void aFileWithoutReadPermissionSaysPermissionDenied() throws Exception {
    Path secret = Files.writeString(temp.resolve("secret.json"), "[]");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeTrue(
        !Files.isReadable(secret),
        "running as root, who may read any file; covered by ScanInputsIT");

    assertThatThrownBy(
            () ->
                new FileScanSource(secret, "secret.json", "auto", CsvColumnMapping.auto(), in -> in)
                    .readInto(new CollectingSink()))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessageContaining("secret.json: permission denied");
  }

  @Test
  void aDirectoryIsNotAnInventory() {
    assertThatThrownBy(
            () ->
                new FileScanSource(temp, "dir", "auto", CsvColumnMapping.auto(), in -> in)
                    .readInto(new CollectingSink()))
        .isInstanceOf(UnreadableInventoryException.class)
        .hasMessage("dir: is a directory, expected an inventory file");
  }

  private Path mkfifo(String name) throws Exception {
    Path fifo = temp.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo on this system: " + e.getMessage());
      throw e;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return fifo;
  }

  private static void write(Path fifo, String text) {
    try (OutputStream out = Files.newOutputStream(fifo)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
