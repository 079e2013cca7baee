package org.interdict.inventory.csv;

import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.InventoryFormat;
import org.interdict.inventory.InventoryHead;
import org.interdict.inventory.InventoryReader;

/**
 * Inventory CSV exports: {@code .csv}, {@code .tsv} and {@code .txt} files, and plain text nothing
 * else claims.
 */
public final class CsvFormat implements InventoryFormat {
  @Override
  public String id() {
    return "csv";
  }

  @Override
  public Recognition recognise(InventoryHead head) {
    if (head.nameEndsWith(".csv", ".tsv", ".txt")) {
      return Recognition.NAME;
    }
    return head.plainText() ? Recognition.FALLBACK : Recognition.NONE;
  }

  @Override
  public InventoryReader reader(CsvColumnMapping csvColumns) {
    return new CsvInventoryReader(csvColumns);
  }
}
