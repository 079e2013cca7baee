package org.interdict.cli.scan;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.interdict.cli.Progress;
import org.interdict.inventory.InventoryReaders;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.csv.CsvColumnMapping;
import org.interdict.inventory.host.HostInventory;
import org.interdict.scan.FileScanSource;
import org.interdict.scan.ScanSource;

/** Turns the scan command's arguments into scan sources: files with their format, and the local host. */
final class InventoryInputs {
  private final String inputFormat;
  private final CsvColumnMapping csvMapping;
  private final PrintWriter err;
  private final boolean progress;

  InventoryInputs(String inputFormat, String csvMapping, PrintWriter err, boolean progress) {
    if (!inputFormat.strip().equalsIgnoreCase(InventoryReaders.AUTO)) {
      InventoryReaders.byId(inputFormat.strip().toLowerCase(java.util.Locale.ROOT));
    }
    this.inputFormat = inputFormat;
    this.csvMapping = csvMapping == null ? CsvColumnMapping.auto() : CsvColumnMapping.parse(csvMapping);
    this.err = err;
    this.progress = progress;
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
      this.source = new FileScanSource(file, file.toString(), inputFormat, csvMapping, raw -> {
        bar = Progress.start(err, file.getFileName().toString(), size(file), progress);
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
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }
}
