package org.interdict.detection;

import java.util.Locale;

/**
 * Where a product was found: {@code installed} as itself, or {@code integrated} inside another vendor's
 * product (a nested SBOM component, a bundled engine, a white-labelled build). Ids match the catalog's
 * obligation contexts.
 */
public enum Context {
  INSTALLED,
  INTEGRATED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
