package org.interdict.inventory.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.encoding.Encodings;
import org.interdict.text.ReplacingUtf8Reader;

/**
 * A Jackson parser that remembers the fields whose number was too long to be a value (see {@link
 * JsonInputs#MAX_NUMBER_DIGITS}), so that a reader can report them on the record they belong to
 * instead of losing the document. When it reads text decoded by a {@link ReplacingUtf8Reader}, it
 * reports the lines whose bytes were replaced when it is closed, on every path out of a reader's
 * try-with-resources, so a read that ends early still names them. Not thread-safe; one per read,
 * like the parser it wraps.
 */
final class InventoryJsonParser extends JsonParserDelegate {
  /** One oversized number: the field that held it and how many characters it had. */
  record LongNumber(String field, int length) {}

  private final List<LongNumber> longNumbers = new ArrayList<>();

  private final ReplacingUtf8Reader text;
  private final String fileName;
  private final InventorySink sink;

  InventoryJsonParser(JsonParser parser) {
    this(parser, null, "", null);
  }

  InventoryJsonParser(
      JsonParser parser, ReplacingUtf8Reader text, String fileName, InventorySink sink) {
    super(parser);
    this.text = text;
    this.fileName = fileName;
    this.sink = sink;
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (text != null) {
      Encodings.reportReplaced(text, fileName, sink);
    }
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
