package org.interdict.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.InventoryFiles;
import org.interdict.inventory.InventoryOpener;
import org.interdict.inventory.InventoryReaders;
import org.interdict.inventory.InventorySink;

/**
 * An inventory file, pipe or stream as a scan source, read with the same safe readers as {@code
 * interdict scan}: opened once and read front to back (so pipes and FIFOs work), gzip looked
 * through, {@code auto} resolved by sniffing a buffered prefix. {@code wrap} may decorate the
 * decompressed stream, for example to count bytes for a progress bar. The format id is known after
 * {@link #readInto}. Not thread-safe; one per read.
 */
public final class FileScanSource implements ScanSource {
  /** Opens the input's raw bytes; called once per {@link #readInto}. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private final String name;
  private final Opener opener;
  private final CsvColumnMapping csvMapping;
  private final UnaryOperator<InputStream> wrap;
  private String formatId;

  public FileScanSource(
      Path file,
      String name,
      String formatId,
      CsvColumnMapping csvMapping,
      UnaryOperator<InputStream> wrap) {
    this(
        name,
        () -> InventoryOpener.standard().open(Objects.requireNonNull(file, "file"), name),
        formatId,
        csvMapping,
        wrap);
  }

  private FileScanSource(
      String name,
      Opener opener,
      String formatId,
      CsvColumnMapping csvMapping,
      UnaryOperator<InputStream> wrap) {
    this.name = Objects.requireNonNull(name, "name");
    this.opener = Objects.requireNonNull(opener, "opener");
    this.formatId = formatId.strip().toLowerCase(Locale.ROOT);
    if (!this.formatId.equals(InventoryReaders.AUTO)) {
      InventoryReaders.byId(this.formatId);
    }
    this.csvMapping = Objects.requireNonNull(csvMapping, "csvMapping");
    this.wrap = Objects.requireNonNull(wrap, "wrap");
  }

  /**
   * A source reading whatever {@code opener} opens (standard input, say, named "-"); the stream is
   * closed after the read, so pass one that may be closed.
   */
  public static FileScanSource ofStream(
      String name,
      Opener opener,
      String formatId,
      CsvColumnMapping csvMapping,
      UnaryOperator<InputStream> wrap) {
    return new FileScanSource(name, opener, formatId, csvMapping, wrap);
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
    try (InputStream raw = opener.open()) {
      formatId = InventoryFiles.read(raw, name, formatId, csvMapping, wrap, sink);
    } catch (IOException e) {
      throw InventoryOpener.unreadable(name, e);
    }
  }
}
