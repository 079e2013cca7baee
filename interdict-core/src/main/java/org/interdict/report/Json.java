package org.interdict.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/** The one JSON writer configuration of reports: pretty, ordered as built, never closing the caller's writer. */
final class Json {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private Json() {}

  static void write(Object value, Writer out) throws IOException {
    MAPPER.writeValue(out, value);
    out.write("\n");
    out.flush();
  }
}
