package org.interdict.lists.csl;

import java.util.Map;

/** One data row of the CSL CSV, by column name; absent columns read as "". */
public record CslRow(long line, Map<String, String> values) {
  public CslRow {
    values = Map.copyOf(values);
  }

  public String get(String column) {
    return values.getOrDefault(column, "");
  }
}
