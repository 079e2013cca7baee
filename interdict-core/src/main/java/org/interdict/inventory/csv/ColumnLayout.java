package org.interdict.inventory.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.CsvField;
import org.interdict.inventory.UnreadableInventoryException;

/** Which column index holds which field, resolved once from the header line; immutable. */
record ColumnLayout(Map<CsvField, Integer> indexes, int columnCount) {
  ColumnLayout {
    indexes = Map.copyOf(indexes);
  }

  /**
   * Explicitly mapped fields first, then known captions for the rest.
   *
   * @throws UnreadableInventoryException when a mapped column is missing or no column gives the
   *     name
   */
  static ColumnLayout resolve(List<String> headers, CsvColumnMapping mapping, String fileName) {
    List<String> normalized = headers.stream().map(HeaderNames::normalize).toList();
    Map<CsvField, Integer> indexes = new EnumMap<>(CsvField.class);
    for (Map.Entry<CsvField, String> explicit : mapping.columns().entrySet()) {
      int index = normalized.indexOf(HeaderNames.normalize(explicit.getValue()));
      if (index < 0) {
        throw new UnreadableInventoryException(
            fileName
                + ": the CSV mapping says "
                + explicit.getKey().id()
                + "="
                + explicit.getValue()
                + " but the header line has no such column; headers seen: "
                + headers);
      }
      indexes.put(explicit.getKey(), index);
    }
    for (CsvField field : CsvField.values()) {
      if (indexes.containsKey(field)) {
        continue;
      }
      for (String caption : HeaderNames.known(field)) {
        int index = normalized.indexOf(caption);
        if (index >= 0 && !indexes.containsValue(index)) {
          indexes.put(field, index);
          break;
        }
      }
    }
    if (!indexes.containsKey(CsvField.NAME)) {
      throw new UnreadableInventoryException(
          fileName
              + ": no column holds the software name; headers seen: "
              + headers
              + ". Name the columns with a mapping such as "
              + "'name=<name column>,publisher=<publisher column>,version=<version column>,host=<host column>' "
              + "(fields: "
              + String.join(", ", CsvField.ids())
              + ")");
    }
    return new ColumnLayout(indexes, headers.size());
  }

  Optional<Integer> index(CsvField field) {
    return Optional.ofNullable(indexes.get(field));
  }
}
