package org.interdict.inventory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.interdict.inventory.csv.CsvColumnMapping;

/**
 * Reads inventory files from disk: opens them buffered, looks through gzip (by its magic bytes, whatever the
 * name), and resolves {@code auto} to a reader by sniffing. Stateless and thread-safe.
 */
public final class InventoryFiles {
  private static final int BUFFER = 256 * 1024;

  private InventoryFiles() {}

  /** Reads a file with the reader for {@code formatId} ({@code auto} detects it) and auto-mapped CSV columns. */
  public static void read(Path file, String formatId, InventorySink sink) {
    read(file, formatId, CsvColumnMapping.auto(), sink);
  }

  /**
   * Reads a file with the reader for {@code formatId}; {@code auto} sniffs the first bytes and the name.
   *
   * @throws UnreadableInventoryException when the file is missing, unreadable or of no known format
   * @throws IllegalArgumentException for an unknown format id
   */
  public static void read(Path file, String formatId, CsvColumnMapping csvMapping, InventorySink sink) {
    Objects.requireNonNull(sink, "sink");
    String name = file.toString();
    try (InputStream input = open(file)) {
      String id = InventoryReaders.AUTO.equals(formatId.strip().toLowerCase(Locale.ROOT))
          ? detect(name, input) : formatId;
      InventoryReaders.byId(id, csvMapping).read(input, name, sink);
    } catch (NoSuchFileException e) {
      throw new UnreadableInventoryException(name + ": no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new UnreadableInventoryException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The format id {@code auto} would choose for this file. */
  public static String detectFormat(Path file) {
    try (InputStream input = open(file)) {
      return detect(file.toString(), input);
    } catch (IOException e) {
      throw new UnreadableInventoryException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** A buffered stream of the file's content, decompressed when it is gzip; supports mark/reset. */
  public static InputStream open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new UnreadableInventoryException(file + ": is a directory, expected an inventory file");
    }
    BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    raw.mark(2);
    int b0 = raw.read();
    int b1 = raw.read();
    raw.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
    }
    return raw;
  }

  private static String detect(String name, InputStream input) throws IOException {
    input.mark(InventoryFormats.SNIFF_BYTES);
    byte[] head = input.readNBytes(InventoryFormats.SNIFF_BYTES);
    input.reset();
    return InventoryFormats.detect(name, head, head.length);
  }
}
