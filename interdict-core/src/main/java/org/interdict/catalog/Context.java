package org.interdict.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a product was found: {@code installed} as itself, or {@code integrated} inside another
 * vendor's product (a nested SBOM component, a bundled engine, a white-labelled build). The one
 * vocabulary of contexts: detection assigns one, the catalog's obligations and reviews name the
 * ones they apply to (as these ids), and policy compares the two. Lives in {@code catalog} because
 * detection depends on the catalog, not the reverse.
 */
public enum Context {
  INSTALLED,
  INTEGRATED;

  /**
   * Every id, in declaration order: the default of an obligation or review that names no context.
   */
  public static final List<String> IDS = Arrays.stream(values()).map(Context::id).toList();

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code id} is one of the context ids (exact, as the catalog spells them). */
  public static boolean isId(String id) {
    return IDS.contains(id);
  }
}
