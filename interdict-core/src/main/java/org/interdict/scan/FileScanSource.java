package org.interdict.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.interdict.inventory.InventoryFiles;
import org.interdict.inventory.InventoryReaders;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.csv.CsvColumnMapping;

/**
 * An inventory file as a scan source, read with the same safe readers as {@code interdict scan} (gzip looked
 * through, {@code auto} resolved by sniffing). {@code wrap} may decorate the decompressed stream, for example to
 * count bytes for a progress bar. The format id is known after {@link #readInto}. Not thread-safe; one per read.
 */
public final class FileScanSource implements ScanSource {
  private final Path file;
  private final String name;
  private final CsvColumnMapping csvMapping;
  private final UnaryOperator<InputStream> wrap;
  private String formatId;

  public FileScanSource(Path file, String name, String formatId, CsvColumnMapping csvMapping,
      UnaryOperator<InputStream> wrap) {
    this.file = Objects.requireNonNull(file, "file");
    this.name = Objects.requireNonNull(name, "name");
    this.formatId = formatId.strip().toLowerCase(Locale.ROOT);
    if (!this.formatId.equals(InventoryReaders.AUTO)) {
      InventoryReaders.byId(this.formatId);
    }
    this.csvMapping = Objects.requireNonNull(csvMapping, "csvMapping");
    this.wrap = Objects.requireNonNull(wrap, "wrap");
  }

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
    try (InputStream raw = InventoryFiles.open(file)) {
      InventoryReaders.byId(formatId, csvMapping).read(wrap.apply(raw), name, sink);
    } catch (NoSuchFileException e) {
      throw new UnreadableInventoryException("no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new UnreadableInventoryException(name + ": cannot read: " + e.getMessage(), e);
    }
  }
}
