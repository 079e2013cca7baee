package org.interdict.inventory.osquery;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;

/**
 * Everything one read gives, in order, including what ended it: what two ways of reading must agree
 * on.
 */
record ReadOutcome(List<Object> items, String failure) {
  static ReadOutcome of(OsqueryReader reader, String text) {
    return of(reader, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static ReadOutcome of(OsqueryReader reader, InputStream input) {
    List<Object> items = new ArrayList<>();
    String failure = "";
    try {
      reader.read(
          input,
          "log.ndjson",
          new InventorySink() {
            @Override
            public void record(SoftwareRecord record) {
              items.add(record);
            }

            @Override
            public void error(InputError error) {
              items.add(error);
            }
          });
    } catch (RuntimeException e) {
      failure = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return new ReadOutcome(List.copyOf(items), failure);
  }
}
