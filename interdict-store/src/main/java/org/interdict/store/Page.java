package org.interdict.store;

import java.util.List;

/** One page of a listing: the items, the 1-based page number, the page size and the total count. */
public record Page<T>(List<T> items, int page, int pageSize, long total) {
  public Page {
    items = List.copyOf(items);
  }

  /** The SQL offset of a 1-based page. */
  public static long offset(int page, int pageSize) {
    return (long) (page - 1) * pageSize;
  }
}
