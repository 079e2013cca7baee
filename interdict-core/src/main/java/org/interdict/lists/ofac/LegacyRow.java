package org.interdict.lists.ofac;

import java.util.List;

/** One record of an OFAC legacy CSV file, with {@code -0-} markers already turned into "". */
public record LegacyRow(long line, List<String> fields) {
  public LegacyRow {
    fields = List.copyOf(fields);
  }

  public String field(int index) {
    return fields.get(index);
  }

  /** The first column: the entry number that ties companion files to the primary file. */
  public String entryNumber() {
    return fields.get(0);
  }
}
