package org.interdict.inventory.spdx;

import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;

/**
 * One SPDX package's fields while they stream by, from JSON or tag-value; not thread-safe, one per
 * package.
 */
final class SpdxPackage {
  String spdxId = "";
  String name = "";
  String version = "";
  String supplier = "";
  String originator = "";
  String purl = "";
  String cpe23 = "";
  String cpe22 = "";

  /** Keeps the first purl and the first CPE of each kind, whatever order the references come in. */
  void externalRef(String type, String locator) {
    switch (type) {
      case "purl" -> purl = purl.isEmpty() ? locator : purl;
      case "cpe23Type" -> cpe23 = cpe23.isEmpty() ? locator : cpe23;
      case "cpe22Type" -> cpe22 = cpe22.isEmpty() ? locator : cpe22;
      default -> {}
    }
  }

  SoftwareRecord toRecord(String parentName, SourceLocation location) {
    String publisher = SpdxValues.party(supplier);
    if (publisher.isEmpty()) {
      // The originator made the package and the supplier distributes it; either names the vendor.
      publisher = SpdxValues.party(originator);
    }
    return SoftwareRecord.builder(RecordKind.SBOM_COMPONENT, location)
        .name(name)
        .version(SpdxValues.given(version))
        .publisher(publisher)
        .purl(purl)
        .cpe(cpe23.isEmpty() ? cpe22 : cpe23)
        .parentName(parentName)
        .build();
  }
}
