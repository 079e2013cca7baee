package org.interdict.detection;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the catalog's case tables (src/test/resources/catalog/*.csv) as header-keyed rows. */
public final class CaseTables {
  private CaseTables() {}

  public static List<Map<String, String>> read(String resource) {
    try (InputStream input = CaseTables.class.getResourceAsStream(resource)) {
      if (input == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      List<Map<String, String>> rows = new ArrayList<>();
      try (CsvReader<NamedCsvRecord> reader =
          CsvReader.builder()
              .ofNamedCsvRecord(new InputStreamReader(input, StandardCharsets.UTF_8))) {
        for (NamedCsvRecord record : reader) {
          rows.add(record.getFieldsAsMap());
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
