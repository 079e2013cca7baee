package org.interdict.ownership;

import java.util.Locale;
import java.util.Optional;

/**
 * How an edge's owner relates to the owned node. {@code subsidiary-of} is read as {@code parent-of}
 * with its ends swapped, so every stored edge points from owner (or parent) to owned (or
 * subsidiary).
 */
public enum Relation {
  OWNS("owns"),
  PARENT_OF("parent-of"),
  AFFILIATE_OF("affiliate-of");

  private final String id;

  Relation(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** A parsed relation and whether the edge's ends must be swapped to point owner to owned. */
  public record Parsed(Relation relation, boolean reversed) {}

  /**
   * Parses an id ({@code owns}, {@code parent-of}, {@code subsidiary-of}, {@code affiliate-of});
   * empty if unknown.
   */
  public static Optional<Parsed> parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    if (wanted.equals("subsidiary-of")) {
      return Optional.of(new Parsed(PARENT_OF, true));
    }
    for (Relation relation : values()) {
      if (relation.id.equals(wanted)) {
        return Optional.of(new Parsed(relation, false));
      }
    }
    return Optional.empty();
  }
}
