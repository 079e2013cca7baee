package org.interdict.cli.scan;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.interdict.cli.Progress;
import org.interdict.cli.StandardInput;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.InventoryOpener;
import org.interdict.inventory.InventoryReaders;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.host.HostInventory;
import org.interdict.scan.FileScanSource;
import org.interdict.scan.ScanSource;
import org.interdict.text.TerminalText;

/**
 * Turns the scan command's arguments into scan sources: files with their format ({@code -} is
 * standard input; FIFOs and process substitutions are read as streams), and the local host.
 */
final class InventoryInputs {
  private final String inputFormat;
  private final CsvColumnMapping csvMapping;
  private final PrintWriter err;
  private final boolean progress;
  private final InventoryOpener opener;

  InventoryInputs(String inputFormat, String csvMapping, PrintWriter err, boolean progress) {
    if (!inputFormat.strip().equalsIgnoreCase(InventoryReaders.AUTO)) {
      InventoryReaders.byId(inputFormat.strip().toLowerCase(java.util.Locale.ROOT));
    }
    this.inputFormat = inputFormat;
    this.csvMapping =
        csvMapping == null ? CsvColumnMapping.auto() : CsvColumnMapping.parse(csvMapping);
    this.err = err;
    this.progress = progress;
    this.opener =
        InventoryOpener.standard(
            notice -> {
              org.interdict.cli.Verbosity.notes(err)
                  .println("interdict: " + TerminalText.sanitize(notice));
              err.flush();
            });
  }

  ScanSource file(Path file) {
    return new ProgressFile(file);
  }

  /** A file source that draws a progress bar on stderr while it is read. */
  private final class ProgressFile implements ScanSource {
    private final Path file;
    private final FileScanSource source;
    private Optional<Progress> bar = Optional.empty();

    ProgressFile(Path file) {
      this.file = file;
      boolean stdin = StandardInput.isStandardInput(file);
      FileScanSource.Opener open =
          stdin ? StandardInput::open : () -> opener.open(file, file.toString());
      this.source =
          FileScanSource.ofStream(
              file.toString(),
              open,
              inputFormat,
              csvMapping,
              raw -> {
                String label = stdin ? "stdin" : String.valueOf(file.getFileName());
                bar = Progress.start(err, label, stdin ? -1 : size(file), progress);
                return bar.map(b -> b.wrap(raw)).orElse(raw);
              });
    }

    @Override
    public String name() {
      return file.toString();
    }

    @Override
    public String formatId() {
      return source.formatId();
    }

    @Override
    public void readInto(InventorySink sink) {
      try {
        source.readInto(sink);
      } finally {
        bar.ifPresent(Progress::close);
      }
    }
  }

  ScanSource host() {
    HostInventory inventory = HostInventory.local();
    return new ScanSource() {
      @Override
      public String name() {
        return "host";
      }

      @Override
      public String formatId() {
        return "host";
      }

      @Override
      public void readInto(InventorySink sink) {
        inventory.read(sink);
      }
    };
  }

  private static long size(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : -1;
    } catch (IOException e) {
      return -1;
    }
  }
}
