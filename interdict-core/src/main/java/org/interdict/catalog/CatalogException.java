package org.interdict.catalog;

import org.interdict.UnreadableInputException;

/** The catalog data is invalid: a missing field, an unknown reference, a duplicate id. */
public class CatalogException extends UnreadableInputException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
