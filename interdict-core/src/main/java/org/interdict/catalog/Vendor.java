package org.interdict.catalog;

import java.util.List;

/**
 * A software or equipment maker that regimes name. {@code stems} are lower-case word beginnings
 * that identify the vendor in any inflection or script ("kaspersk", "касперск"); {@code publishers}
 * are the publisher strings its installers use; {@code cpeVendors}, {@code purlNamespaces} and
 * {@code bundleIdPrefixes} identify its software by identifier.
 */
public record Vendor(
    String id,
    String name,
    List<String> aliases,
    List<LegalEntity> entities,
    List<String> stems,
    List<String> publishers,
    List<String> cpeVendors,
    List<String> purlNamespaces,
    List<String> bundleIdPrefixes,
    String note,
    List<String> sources) {

  public Vendor {
    id = CatalogValues.required(id, "id", "vendor");
    name = CatalogValues.required(name, "name", "vendor " + id);
    aliases = CatalogValues.copy(aliases);
    entities = CatalogValues.copy(entities);
    stems = CatalogValues.copy(stems);
    publishers = CatalogValues.copy(publishers);
    cpeVendors = CatalogValues.copy(cpeVendors);
    purlNamespaces = CatalogValues.copy(purlNamespaces);
    bundleIdPrefixes = CatalogValues.copy(bundleIdPrefixes);
    note = CatalogValues.text(note);
    sources = CatalogValues.copy(sources);
  }
}
