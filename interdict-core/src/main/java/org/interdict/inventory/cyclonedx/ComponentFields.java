package org.interdict.inventory.cyclonedx;

import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;

/**
 * The fields of one CycloneDX component gathered while its JSON object or XML element streams by;
 * both syntaxes fill the same holder so they map to records identically. Not thread-safe; one per
 * component.
 */
final class ComponentFields {
  String name = "";
  String group = "";
  String version = "";
  String publisher = "";
  String supplier = "";
  String manufacturer = "";
  String author = "";
  String purl = "";
  String cpe = "";
  String swidTagId = "";

  /**
   * Publisher first, then the supplier, manufacturer and author: the first names who publishes the
   * software, the others who delivered, built or wrote it, which is the next best vendor signal.
   */
  String bestPublisher() {
    for (String candidate : new String[] {publisher, supplier, manufacturer, author}) {
      if (!candidate.isBlank()) {
        return candidate;
      }
    }
    return "";
  }

  SoftwareRecord toRecord(String parentName, SourceLocation location) {
    return SoftwareRecord.builder(RecordKind.SBOM_COMPONENT, location)
        .name(name)
        .version(version)
        .publisher(bestPublisher())
        // group/name is how Maven, npm scopes and vendors' SBOMs qualify a name; purl-less
        // components need it.
        .packageName(group.isBlank() ? "" : group.strip() + "/" + name.strip())
        .purl(purl)
        .cpe(cpe)
        // A SWID tag id identifies the installed product the way a bundle id does on macOS.
        .bundleId(swidTagId)
        .parentName(parentName)
        .build();
  }
}
