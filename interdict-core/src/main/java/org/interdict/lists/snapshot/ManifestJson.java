package org.interdict.lists.snapshot;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes manifests and attempt lines as JSON (instants as ISO-8601 text, absent optionals
 * as null). Unknown fields are ignored, so a manifest written by a newer version that only adds
 * fields still reads.
 */
final class ManifestJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ManifestJson() {}

  static void write(Manifest manifest, Path file) throws IOException {
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), manifest);
  }

  static Manifest read(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), Manifest.class);
  }

  static String line(Attempt attempt) throws IOException {
    return MAPPER.writeValueAsString(attempt);
  }

  static Attempt attempt(String line) throws IOException {
    return MAPPER.readValue(line, Attempt.class);
  }
}
