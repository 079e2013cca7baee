package org.interdict.inventory;

import java.util.List;
import java.util.Locale;
import org.interdict.InvalidValueException;
import org.interdict.inventory.csv.CsvColumnMapping;
import org.interdict.inventory.csv.CsvInventoryReader;
import org.interdict.inventory.cyclonedx.CycloneDxReader;
import org.interdict.inventory.osquery.OsqueryReader;
import org.interdict.inventory.spdx.SpdxReader;

/** The readers by their stable format id ({@code --input-format}); all returned readers are thread-safe. */
public final class InventoryReaders {
  /** The pseudo id that asks for detection by content and file name, see {@link InventoryFormats}. */
  public static final String AUTO = "auto";

  private static final List<String> IDS = List.of("osquery", "csv", "cyclonedx", "spdx");

  private InventoryReaders() {}

  /** The format ids, in the order the documentation lists them. */
  public static List<String> ids() {
    return IDS;
  }

  /** The reader for a format id; CSV columns are auto-mapped from the header line. */
  public static InventoryReader byId(String formatId) {
    return byId(formatId, CsvColumnMapping.auto());
  }

  /**
   * The reader for a format id, with the explicit CSV column mapping used when the id is {@code csv}.
   *
   * @throws IllegalArgumentException for an unknown id (also for {@code auto}, which needs the file), listing
   *     the valid ones
   */
  public static InventoryReader byId(String formatId, CsvColumnMapping csvMapping) {
    String id = formatId.strip().toLowerCase(Locale.ROOT);
    return switch (id) {
      case "osquery" -> new OsqueryReader();
      case "csv" -> new CsvInventoryReader(csvMapping);
      case "cyclonedx" -> new CycloneDxReader();
      case "spdx" -> new SpdxReader();
      default -> throw new InvalidValueException("unknown input format '" + formatId + "'; expected one of "
          + String.join(", ", IDS) + (AUTO.equals(id) ? " (resolve 'auto' with InventoryFiles)" : " or auto"));
    };
  }
}
