package org.interdict.inventory.spdx;

import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.InventoryFormat;
import org.interdict.inventory.InventoryHead;
import org.interdict.inventory.InventoryReader;

/**
 * SPDX documents: JSON with {@code "spdxVersion"}, tag-value text starting with {@code
 * SPDXVersion:} (after comment lines), or a file named {@code .spdx.json} or {@code .spdx}.
 */
public final class SpdxFormat implements InventoryFormat {
  @Override
  public String id() {
    return "spdx";
  }

  @Override
  public Recognition recognise(InventoryHead head) {
    String text = head.text();
    if ((head.json() && text.contains("\"spdxVersion\""))
        || (head.plainText()
            && (text.startsWith("SPDXVersion:")
                || (text.startsWith("#") && text.contains("\nSPDXVersion:"))))) {
      return Recognition.MARKER;
    }
    return head.nameEndsWith(".spdx.json", ".spdx") ? Recognition.NAME : Recognition.NONE;
  }

  @Override
  public InventoryReader reader(CsvColumnMapping csvColumns) {
    return new SpdxReader();
  }
}
