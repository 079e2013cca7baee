package org.interdict.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The one JSON writer configuration of reports: pretty, ordered as built, never closing the
 * caller's writer, and able to stream a document whose one big array is written element by element.
 */
final class Json {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer();

  private Json() {}

  /**
   * Writes {@code value} as the next element of the array being written, on one line: a report's
   * findings are one line each, which keeps the document small and makes two reports diff finding
   * by finding.
   */
  static void line(JsonGenerator json, Object value) throws IOException {
    json.writeRawValue(compact(value));
  }

  /** {@code value} as one line of JSON, the form a report's findings take. */
  static String compact(Object value) throws IOException {
    return COMPACT.writeValueAsString(value);
  }

  /**
   * A pretty generator on {@code out}; the caller writes the structure and calls {@link #finish}.
   */
  static JsonGenerator generator(Writer out) {
    try {
      // Fixed "\n" line ends whatever the platform, and one array element per line.
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return MAPPER
          .createGenerator(out)
          .setPrettyPrinter(
              new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes each entry of {@code fields} as a field of the object being written. */
  static void fields(JsonGenerator json, Map<String, Object> fields) throws IOException {
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      json.writeObjectField(field.getKey(), field.getValue());
    }
  }

  static void finish(JsonGenerator json, Writer out) throws IOException {
    json.flush();
    out.write("\n");
    out.flush();
  }
}
