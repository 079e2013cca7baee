package org.interdict.catalog;

import java.util.List;

/**
 * A software or equipment maker that regimes name. {@code stems} are lower-case word beginnings that identify
 * the vendor in any inflection or script ("kaspersk", "касперск"); {@code publishers} are the publisher
 * strings its installers use; {@code cpeVendors}, {@code purlNamespaces} and {@code bundleIdPrefixes}
 * identify its software by identifier.
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
    id = Lists.required(id, "id", "vendor");
    name = Lists.required(name, "name", "vendor " + id);
    aliases = Lists.copy(aliases);
    entities = Lists.copy(entities);
    stems = Lists.copy(stems);
    publishers = Lists.copy(publishers);
    cpeVendors = Lists.copy(cpeVendors);
    purlNamespaces = Lists.copy(purlNamespaces);
    bundleIdPrefixes = Lists.copy(bundleIdPrefixes);
    note = Lists.text(note);
    sources = Lists.copy(sources);
  }
}
