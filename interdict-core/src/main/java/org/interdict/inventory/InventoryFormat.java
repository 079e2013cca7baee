package org.interdict.inventory;

import java.util.Optional;

/**
 * The contract of one inventory format: its stable id ({@code --input-format}), how strongly a
 * file's first bytes and name say it is in this format, and the reader that reads it. Each format
 * package provides one implementation, registered in {@code
 * META-INF/services/org.interdict.inventory.InventoryFormat} and found through {@link
 * InventoryReaders}; the dispatcher ({@link InventoryFiles}, {@link InventoryFormats}) never names
 * a format, so adding a format means adding a package (ADR 004). Implementations are stateless and
 * thread-safe.
 */
public interface InventoryFormat {
  /** The stable id, such as {@code osquery}. */
  String id();

  /**
   * How strongly {@code head} says this format; {@code auto} picks the strongest, ties going to the
   * format registered first. XML content is recognised by content alone ({@link
   * InventoryHead#nameEndsWith} is false for it), so a renamed XML file is never read by its
   * extension.
   */
  Recognition recognise(InventoryHead head);

  /**
   * Why an input no format recognised is not in this format though it looks meant for it (an XML
   * file without the root element this format needs), for the error; empty when it does not look
   * meant for it.
   */
  default Optional<String> nearMiss(InventoryHead head) {
    return Optional.empty();
  }

  /** A reader for this format; {@code csvColumns} matters only to formats with columns. */
  InventoryReader reader(CsvColumnMapping csvColumns);

  /** How strongly the first bytes and name of an input say a format, weakest first. */
  enum Recognition {
    /** Not this format. */
    NONE,
    /** The format to use when nothing stronger matches this kind of content (plain text, JSON). */
    FALLBACK,
    /**
     * The file name ends with a generic extension this format uses ({@code .json}), which a
     * specific one beats.
     */
    GENERIC_NAME,
    /** The file name's extension is this format's own ({@code .cdx.json}, {@code .csv}). */
    NAME,
    /** The content has this format's shape (a JSON array, keys the format uses). */
    SHAPE,
    /** The content carries this format's own marker ({@code "bomFormat"}, {@code SPDXVersion:}). */
    MARKER
  }
}
