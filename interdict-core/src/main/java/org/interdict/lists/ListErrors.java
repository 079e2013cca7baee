package org.interdict.lists;

/**
 * Stable error ids for {@link org.interdict.model.InputError}s raised while reading lists. They
 * appear in outputs and docs/lists.md and never change.
 */
public final class ListErrors {
  /** The file could not be opened or read at all. */
  public static final String UNREADABLE_FILE = "unreadable-list-file";

  /**
   * Bytes that are not UTF-8: replaced with U+FFFD, the row kept, the line named; the list is
   * incomplete.
   */
  public static final String BAD_ENCODING = "bad-list-encoding";

  /** A CSV or TSV row has too few columns or an unusable required value. */
  public static final String MALFORMED_ROW = "malformed-list-row";

  /** A companion row (alias, address, remark) names an entry the primary file does not have. */
  public static final String ORPHAN_ROW = "orphan-list-row";

  /** The same entry id appears twice in one list; the later row is skipped. */
  public static final String DUPLICATE_ENTRY = "duplicate-list-entry";

  /** XML that is not well-formed or ends early. */
  public static final String MALFORMED_XML = "malformed-list-xml";

  /** XML that declares a DTD or entities: refused so that no external entity is ever resolved. */
  public static final String FORBIDDEN_DTD = "forbidden-dtd";

  /** A list entry without any name; skipped. */
  public static final String MISSING_NAME = "missing-name";

  /**
   * A parser limit was hit (a CSV field over 16 MiB, too many fields in a record, a JSON string
   * over Jackson's limit): the error names the line where the record starts; the rest of that file
   * is not read.
   */
  public static final String PARSER_LIMIT = "list-parser-limit";

  /** A CSV whose header is not the one this format defines. */
  public static final String UNEXPECTED_HEADER = "unexpected-list-header";

  private ListErrors() {}
}
