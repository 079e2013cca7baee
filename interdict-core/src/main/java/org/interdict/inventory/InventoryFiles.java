package org.interdict.inventory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * Reads inventory files and streams: opens paths with an {@link InventoryOpener} (FIFOs and pipes
 * included), buffers, looks through gzip (by its magic bytes, whatever the name), and resolves
 * {@code auto} to a reader by sniffing a buffered prefix, so every input is read once, front to
 * back, and never seeked. Stateless and thread-safe.
 */
public final class InventoryFiles {
  private static final int BUFFER = 256 * 1024;

  private InventoryFiles() {}

  /**
   * Reads a file with the reader for {@code formatId} ({@code auto} detects it) and auto-mapped CSV
   * columns.
   */
  public static void read(Path file, String formatId, InventorySink sink) {
    read(file, formatId, CsvColumnMapping.auto(), sink);
  }

  /**
   * Reads a file with the reader for {@code formatId}; {@code auto} sniffs the first bytes and the
   * name.
   *
   * @throws UnreadableInventoryException when the file is missing, unreadable or of no known format
   * @throws IllegalArgumentException for an unknown format id
   */
  public static void read(
      Path file, String formatId, CsvColumnMapping csvMapping, InventorySink sink) {
    String name = file.toString();
    try (InputStream raw = InventoryOpener.standard().open(file, name)) {
      read(raw, name, formatId, csvMapping, UnaryOperator.identity(), sink);
    } catch (IOException e) {
      throw InventoryOpener.unreadable(name, e);
    }
  }

  /**
   * Reads an opened input (a file, a pipe, standard input), which is not closed: decompressed when
   * it is gzip, {@code auto} resolved from its buffered first bytes and {@code name}, then {@code
   * wrap}ped (to count bytes, say) and given to the reader.
   *
   * @return the format id it was read as
   * @throws UnreadableInventoryException when it cannot be read or is of no known format
   */
  public static String read(
      InputStream raw,
      String name,
      String formatId,
      CsvColumnMapping csvMapping,
      UnaryOperator<InputStream> wrap,
      InventorySink sink) {
    Objects.requireNonNull(sink, "sink");
    try {
      BufferedInputStream input = decompressing(raw);
      String id =
          InventoryReaders.AUTO.equals(formatId.strip().toLowerCase(Locale.ROOT))
              ? detect(name, input)
              : formatId;
      InventoryReaders.byId(id, csvMapping).read(wrap.apply(input), name, sink);
      return id;
    } catch (IOException e) {
      throw InventoryOpener.unreadable(name, e);
    } catch (UncheckedIOException e) {
      throw InventoryOpener.unreadable(name, e.getCause());
    }
  }

  /** The format id {@code auto} would choose for this file. */
  public static String detectFormat(Path file) {
    String name = file.toString();
    try (InputStream raw = InventoryOpener.standard().open(file, name)) {
      return detect(name, decompressing(raw));
    } catch (IOException e) {
      throw InventoryOpener.unreadable(name, e);
    }
  }

  /**
   * The input buffered, and decompressed when it starts with gzip's magic bytes; supports
   * mark/reset.
   */
  public static BufferedInputStream decompressing(InputStream raw) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER);
    }
    return buffered;
  }

  private static String detect(String name, InputStream input) throws IOException {
    input.mark(InventoryFormats.SNIFF_BYTES);
    byte[] head = input.readNBytes(InventoryFormats.SNIFF_BYTES);
    input.reset();
    return InventoryFormats.detect(name, head, head.length);
  }
}
