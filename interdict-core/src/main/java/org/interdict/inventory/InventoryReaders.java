package org.interdict.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.interdict.InvalidValueException;

/**
 * The one registry of inventory formats: every {@link InventoryFormat} named in {@code
 * META-INF/services/org.interdict.inventory.InventoryFormat}, in the order of that file (the order
 * the documentation lists them, and the tie-break of {@code auto}). Immutable; all returned readers
 * are thread-safe.
 */
public final class InventoryReaders {
  /**
   * The pseudo id that asks for detection by content and file name, see {@link InventoryFormats}.
   */
  public static final String AUTO = "auto";

  private static final List<InventoryFormat> FORMATS = load();

  private InventoryReaders() {}

  /** The format ids, in the order the documentation lists them. */
  public static List<String> ids() {
    return FORMATS.stream().map(InventoryFormat::id).toList();
  }

  /** Every registered format, in registration order. */
  public static List<InventoryFormat> formats() {
    return FORMATS;
  }

  /** The reader for a format id; CSV columns are auto-mapped from the header line. */
  public static InventoryReader byId(String formatId) {
    return byId(formatId, CsvColumnMapping.auto());
  }

  /**
   * The reader for a format id, with the explicit CSV column mapping used by formats with columns.
   *
   * @throws IllegalArgumentException for an unknown id (also for {@code auto}, which needs the
   *     file), listing the valid ones
   */
  public static InventoryReader byId(String formatId, CsvColumnMapping csvMapping) {
    String id = formatId.strip().toLowerCase(Locale.ROOT);
    return find(id)
        .map(format -> format.reader(csvMapping))
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "unknown input format '"
                        + formatId
                        + "'; expected one of "
                        + String.join(", ", ids())
                        + (AUTO.equals(id)
                            ? " (resolve 'auto' with InventoryFiles)"
                            : " or auto")));
  }

  private static Optional<InventoryFormat> find(String id) {
    return FORMATS.stream().filter(format -> format.id().equals(id)).findFirst();
  }

  private static List<InventoryFormat> load() {
    Map<String, InventoryFormat> byId = new LinkedHashMap<>();
    for (InventoryFormat format :
        ServiceLoader.load(InventoryFormat.class, InventoryFormat.class.getClassLoader())) {
      InventoryFormat earlier = byId.putIfAbsent(format.id(), format);
      if (earlier != null) {
        throw new IllegalStateException(
            "input format "
                + format.id()
                + " is registered twice: by "
                + earlier.getClass().getName()
                + " and "
                + format.getClass().getName());
      }
    }
    if (byId.isEmpty()) {
      throw new IllegalStateException(
          "no inventory format is registered; META-INF/services/"
              + InventoryFormat.class.getName()
              + " is missing from the class path (a broken build)");
    }
    return List.copyOf(byId.values());
  }
}
