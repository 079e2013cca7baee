package org.interdict.bench.quality;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the development set CSV ({@code query,expected_id,category,variant}). */
public final class Devset {
  /** Where the development set sits on the bench module's classpath. */
  public static final String RESOURCE = "/devset/devset.csv";

  private Devset() {}

  public static boolean bundledPresent() {
    return Devset.class.getResource(RESOURCE) != null;
  }

  public static List<DevsetCase> bundled() {
    InputStream in = Devset.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("development set " + RESOURCE + " is not on the classpath");
    }
    return read(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  public static List<DevsetCase> read(Path file) {
    try {
      return read(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read development set " + file, e);
    }
  }

  static List<DevsetCase> read(Reader reader) {
    List<DevsetCase> cases = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
      for (NamedCsvRecord row : csv) {
        String category = row.findField("category").orElse("").strip().toLowerCase(Locale.ROOT);
        if (category.isEmpty()) {
          continue;
        }
        cases.add(
            new DevsetCase(
                row.getField("query"),
                row.findField("expected_id").orElse("").strip(),
                category,
                row.findField("variant").orElse("")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }
}
