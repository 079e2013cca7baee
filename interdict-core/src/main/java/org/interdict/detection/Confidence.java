package org.interdict.detection;

import java.util.Locale;

/**
 * How sure a detection is: {@code high} for an exact identifier (bundle id, package, purl, CPE) or
 * a product name confirmed by its publisher, {@code medium} for a product name alone or the
 * vendor's publisher alone, {@code low} for a vendor's name inside an otherwise unknown product
 * name.
 */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
