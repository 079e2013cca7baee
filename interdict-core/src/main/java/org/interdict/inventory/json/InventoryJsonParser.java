package org.interdict.inventory.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jackson parser that remembers the fields whose number was too long to be a value (see {@link
 * JsonInputs#MAX_NUMBER_DIGITS}), so that a reader can report them on the record they belong to
 * instead of losing the document. Not thread-safe; one per read, like the parser it wraps.
 */
final class InventoryJsonParser extends JsonParserDelegate {
  /** One oversized number: the field that held it and how many characters it had. */
  record LongNumber(String field, int length) {}

  private final List<LongNumber> longNumbers = new ArrayList<>();

  InventoryJsonParser(JsonParser parser) {
    super(parser);
  }

  void noteLongNumber(String field, int length) {
    longNumbers.add(new LongNumber(field, length));
  }

  int mark() {
    return longNumbers.size();
  }

  /** The long numbers noted since {@code mark}, forgotten once returned. */
  List<LongNumber> takeSince(int mark) {
    List<LongNumber> since =
        longNumbers.subList(Math.min(mark, longNumbers.size()), longNumbers.size());
    List<LongNumber> taken = List.copyOf(since);
    since.clear();
    return taken;
  }
}
