package org.interdict.inventory.osquery;

import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.InventoryFormat;
import org.interdict.inventory.InventoryHead;
import org.interdict.inventory.InventoryReader;

/**
 * osquery output: a JSON array ({@code osqueryi --json}) or a result log whose objects carry
 * osquery's keys; also the format of JSON that nothing else claims, and of {@code .ndjson}, {@code
 * .jsonl}, {@code .log} and {@code .json} files.
 */
public final class OsqueryFormat implements InventoryFormat {
  @Override
  public String id() {
    return "osquery";
  }

  @Override
  public Recognition recognise(InventoryHead head) {
    String text = head.text();
    if (head.json()
        && (text.startsWith("[")
            || text.contains("\"hostIdentifier\"")
            || text.contains("\"snapshot\"")
            || text.contains("\"diffResults\"")
            || text.contains("\"columns\"")
            || text.contains("\"calendarTime\""))) {
      return Recognition.SHAPE;
    }
    if (head.nameEndsWith(".ndjson", ".jsonl", ".log")) {
      return Recognition.NAME;
    }
    if (head.nameEndsWith(".json")) {
      return Recognition.GENERIC_NAME;
    }
    return head.json() ? Recognition.FALLBACK : Recognition.NONE;
  }

  @Override
  public InventoryReader reader(CsvColumnMapping csvColumns) {
    return new OsqueryReader();
  }
}
