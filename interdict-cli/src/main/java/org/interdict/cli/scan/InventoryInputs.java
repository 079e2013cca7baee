package org.interdict.cli.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.interdict.cli.Progress;
import org.interdict.inventory.InventoryFiles;
import org.interdict.inventory.InventoryReaders;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.csv.CsvColumnMapping;
import org.interdict.inventory.host.HostInventory;
import org.interdict.scan.ScanSource;

/** Turns the scan command's arguments into scan sources: files with their format, and the local host. */
final class InventoryInputs {
  private final String inputFormat;
  private final CsvColumnMapping csvMapping;
  private final PrintWriter err;
  private final boolean progress;

  InventoryInputs(String inputFormat, String csvMapping, PrintWriter err, boolean progress) {
    String format = inputFormat.strip().toLowerCase(Locale.ROOT);
    if (!format.equals(InventoryReaders.AUTO)) {
      InventoryReaders.byId(format);
    }
    this.inputFormat = format;
    this.csvMapping = csvMapping == null ? CsvColumnMapping.auto() : CsvColumnMapping.parse(csvMapping);
    this.err = err;
    this.progress = progress;
  }

  ScanSource file(Path file) {
    String name = file.toString();
    return new ScanSource() {
      private String formatId = inputFormat;

      @Override
      public String name() {
        return name;
      }

      @Override
      public String formatId() {
        return formatId;
      }

      @Override
      public void readInto(InventorySink sink) {
        if (!Files.exists(file)) {
          throw new UnreadableInventoryException("no such file");
        }
        if (formatId.equals(InventoryReaders.AUTO)) {
          formatId = InventoryFiles.detectFormat(file);
        }
        Optional<Progress> bar = Progress.start(err, file.getFileName().toString(), size(file), progress);
        try (InputStream raw = InventoryFiles.open(file)) {
          InputStream input = bar.map(b -> b.wrap(raw)).orElse(raw);
          InventoryReaders.byId(formatId, csvMapping).read(input, name, sink);
        } catch (NoSuchFileException e) {
          throw new UnreadableInventoryException("no such file", e);
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new UnreadableInventoryException(name + ": cannot read: " + e.getMessage(), e);
        } finally {
          bar.ifPresent(Progress::close);
        }
      }
    };
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
