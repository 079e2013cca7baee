package org.interdict.screening;

/**
 * Whether a matched name is the party's primary name or one of its aliases; ids appear in outputs.
 */
public enum NameKind {
  PRIMARY("primary"),
  ALIAS("alias");

  private final String id;

  NameKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
