package org.interdict.inventory.cyclonedx;

import java.util.Optional;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.InventoryFormat;
import org.interdict.inventory.InventoryFormats;
import org.interdict.inventory.InventoryHead;
import org.interdict.inventory.InventoryReader;

/**
 * CycloneDX BOMs: JSON with {@code "bomFormat"}, XML with a {@code <bom>} root, or a file named
 * {@code .cdx.json}, {@code .bom.json}, {@code .cdx.xml}, {@code .bom.xml} or {@code .cdx}.
 */
public final class CycloneDxFormat implements InventoryFormat {
  @Override
  public String id() {
    return "cyclonedx";
  }

  @Override
  public Recognition recognise(InventoryHead head) {
    String text = head.text();
    if ((head.json() && text.contains("\"bomFormat\"")) || (head.xml() && hasBomElement(text))) {
      return Recognition.MARKER;
    }
    return head.nameEndsWith(".cdx.json", ".bom.json", ".cdx.xml", ".bom.xml", ".cdx")
        ? Recognition.NAME
        : Recognition.NONE;
  }

  /**
   * XML is read only as CycloneDX, so XML without a {@code <bom>} element is named as not being a
   * BOM.
   */
  @Override
  public Optional<String> nearMiss(InventoryHead head) {
    if (head.xml() && !hasBomElement(head.text())) {
      return Optional.of(
          "XML that is not a CycloneDX BOM (no <bom> element in the first "
              + InventoryFormats.SNIFF_BYTES
              + " bytes); pass --input-format if it is one");
    }
    return Optional.empty();
  }

  @Override
  public InventoryReader reader(CsvColumnMapping csvColumns) {
    return new CycloneDxReader();
  }

  private static boolean hasBomElement(String text) {
    return text.contains("<bom") || text.contains(":bom");
  }
}
