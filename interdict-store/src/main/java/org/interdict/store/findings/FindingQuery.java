package org.interdict.store.findings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters, sort and page of a findings listing. {@code status} compares with the named regime's
 * status when {@code regime} is given, else with the finding's worst status. Sort ids: {@code
 * host}, {@code product}, {@code status} (most severe first when ascending), {@code deadline},
 * {@code lastSeen}. {@code currentOnly} keeps the findings of each host's latest completed scan
 * (what is on the host now); false lists every scan's findings.
 */
public record FindingQuery(
    Optional<String> regime,
    Optional<String> status,
    Optional<String> host,
    Optional<String> product,
    Optional<String> scan,
    boolean currentOnly,
    String sort,
    boolean descending,
    int page,
    int pageSize) {
  public static final List<String> SORTS =
      List.of("host", "product", "status", "deadline", "lastSeen");
  public static final int MAX_PAGE_SIZE = 500;

  public FindingQuery {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(scan, "scan");
    if (!SORTS.contains(sort)) {
      throw new IllegalArgumentException("sort must be one of " + SORTS + ", was '" + sort + "'");
    }
    if (page < 1) {
      throw new IllegalArgumentException("page must be at least 1, was " + page);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
    }
  }

  String orderBy() {
    String direction = descending ? " DESC" : " ASC";
    String column =
        switch (sort) {
          case "host" -> "host" + direction + ", product_id";
          case "product" -> "product_id" + direction + ", host";
          case "status" ->
              "CASE worst_status WHEN 'prohibited' THEN 0 WHEN 'prohibited-from' THEN 1 "
                  + "WHEN 'review' THEN 2 WHEN 'advisory' THEN 3 ELSE 4 END"
                  + direction
                  + ", host";
          case "deadline" ->
              "CASE WHEN deadline IS NULL THEN 1 ELSE 0 END, deadline" + direction + ", host";
          case "lastSeen" -> "last_seen" + direction + ", host";
          default -> throw new IllegalStateException(sort.toLowerCase(Locale.ROOT));
        };
    return " ORDER BY " + column + ", id";
  }
}
