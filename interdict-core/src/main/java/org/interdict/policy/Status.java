package org.interdict.policy;

/**
 * A regime's verdict on a product as of a date. Ids are stable: {@code prohibited}, {@code
 * prohibited-from} (with the date it starts), {@code review} (the sources leave coverage open: a
 * question for counsel), {@code advisory}, {@code waived} (covered, but a dated exception the site
 * accepted: a waiver file of the CLI's {@code scan --waivers}), {@code not-covered}. Declared from
 * most to least severe.
 */
public enum Status {
  PROHIBITED("prohibited"),
  PROHIBITED_FROM("prohibited-from"),
  REVIEW("review"),
  ADVISORY("advisory"),
  WAIVED("waived"),
  NOT_COVERED("not-covered");

  private final String id;

  Status(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public boolean isCovered() {
    return this != NOT_COVERED;
  }
}
