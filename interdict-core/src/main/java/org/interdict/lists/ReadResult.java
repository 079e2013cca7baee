package org.interdict.lists;

import java.util.List;

/** Rows a reader could parse from one file, and the rows or parts it had to skip. */
public record ReadResult<T>(List<T> rows, List<org.interdict.model.InputError> errors) {
  public ReadResult {
    rows = List.copyOf(rows);
    errors = List.copyOf(errors);
  }
}
