package org.interdict.catalog;

import java.util.List;

/**
 * How a product shows up in inventories, per platform. Names are matched after normalization (case,
 * punctuation, version numbers and years removed); other identifiers are matched exactly, ignoring
 * case. {@code purls} are package-URL prefixes without version ({@code
 * pkg:generic/kaspersky/kav-sdk}); {@code cpes} are CPE 2.3 "vendor:product" pairs ({@code
 * kaspersky:anti-virus}).
 */
public record Identifiers(
    List<String> names,
    List<String> executables,
    List<String> services,
    List<String> bundleIds,
    List<String> linuxPackages,
    List<String> androidPackages,
    List<String> browserExtensions,
    List<String> purls,
    List<String> cpes) {

  public static final Identifiers NONE =
      new Identifiers(null, null, null, null, null, null, null, null, null);

  public Identifiers {
    names = CatalogValues.copy(names);
    executables = CatalogValues.copy(executables);
    services = CatalogValues.copy(services);
    bundleIds = CatalogValues.copy(bundleIds);
    linuxPackages = CatalogValues.copy(linuxPackages);
    androidPackages = CatalogValues.copy(androidPackages);
    browserExtensions = CatalogValues.copy(browserExtensions);
    purls = CatalogValues.copy(purls);
    cpes = CatalogValues.copy(cpes);
  }
}
