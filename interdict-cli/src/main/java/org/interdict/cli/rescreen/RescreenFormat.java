package org.interdict.cli.rescreen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import org.interdict.report.csv.SafeCsvWriter;
import org.interdict.screening.Match;
import org.interdict.screening.delta.HitChange;

/** Output formats of {@code interdict rescreen}; ids are what {@code --format} accepts. */
enum RescreenFormat {
  TABLE,
  JSON,
  CSV;

  static final String SCHEMA = "interdict-rescreen/1";

  /**
   * Parses {@code --format} case-insensitively and lists the valid ids when the value is unknown.
   */
  static final class Converter implements picocli.CommandLine.ITypeConverter<RescreenFormat> {
    @Override
    public RescreenFormat convert(String value) {
      for (RescreenFormat format : values()) {
        if (format.name().equalsIgnoreCase(value.strip())) {
          return format;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown format '" + value + "'; expected one of table, json, csv");
    }
  }

  void write(RescreenReport report, Writer out) throws IOException {
    switch (this) {
      case TABLE -> table(report, new PrintWriter(out));
      case JSON -> json(report, out);
      case CSV -> csv(report, out);
    }
  }

  private static String score(double score) {
    return String.format(Locale.ROOT, "%.4f", score);
  }

  private static void table(RescreenReport report, PrintWriter out) {
    out.println("Lists before: " + String.join("; ", report.listsBefore()));
    out.println("Lists after:  " + String.join("; ", report.listsAfter()));
    out.printf(
        Locale.ROOT,
        "Change: %d added, %d changed, %d removed entries%n",
        report.change().added().size(),
        report.change().changed().size(),
        report.change().removedIds().size());
    out.printf(
        Locale.ROOT,
        "Re-screened %d of %d stored parties (%d reached by changed entries, %d watched)%n",
        report.delta().rescreened(),
        report.delta().storedParties(),
        report.delta().reached(),
        report.delta().watched());
    for (HitChange hit : report.changes()) {
      out.printf(
          Locale.ROOT,
          "%-4s %s \"%s\" -> %s %s%s (%s)%n",
          hit.kind().id().toUpperCase(Locale.ROOT),
          hit.stored().id(),
          hit.stored().name(),
          hit.partyId(),
          score(hit.score()),
          hit.match().map(m -> " \"" + m.matchedName() + "\"").orElse(""),
          hit.reason());
    }
    if (report.changes().isEmpty()) {
      out.println("no hit appeared or disappeared at or above " + report.minScore());
    }
    out.flush();
  }

  private static void csv(RescreenReport report, Writer out) throws IOException {
    SafeCsvWriter csv = SafeCsvWriter.withLf(out);
    csv.row(
        "change",
        "input_id",
        "name",
        "entity_id",
        "score",
        "matched_name",
        "primary_name",
        "reason");
    for (HitChange hit : report.changes()) {
      csv.row(
          hit.kind().id(),
          hit.stored().id(),
          hit.stored().name(),
          hit.partyId(),
          score(hit.score()),
          hit.match().map(Match::matchedName).orElse(""),
          hit.match().map(m -> m.party().primaryName()).orElse(""),
          hit.reason());
    }
    csv.flush();
  }

  private static void json(RescreenReport report, Writer out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("schema", SCHEMA);
      strings(json, "listsBefore", report.listsBefore());
      strings(json, "listsAfter", report.listsAfter());
      json.writeNumberField("minScore", report.minScore());
      json.writeObjectFieldStart("change");
      json.writeNumberField("added", report.change().added().size());
      json.writeNumberField("changed", report.change().changed().size());
      json.writeNumberField("removed", report.change().removedIds().size());
      json.writeEndObject();
      json.writeObjectFieldStart("delta");
      json.writeNumberField("storedParties", report.delta().storedParties());
      json.writeNumberField("rescreened", report.delta().rescreened());
      json.writeNumberField("reached", report.delta().reached());
      json.writeNumberField("watched", report.delta().watched());
      json.writeEndObject();
      json.writeArrayFieldStart("changes");
      for (HitChange hit : report.changes()) {
        json.writeStartObject();
        json.writeStringField("change", hit.kind().id());
        json.writeStringField("inputId", hit.stored().id());
        json.writeStringField("name", hit.stored().name());
        json.writeStringField("entityId", hit.partyId());
        json.writeNumberField("score", hit.score());
        json.writeStringField("reason", hit.reason());
        if (hit.match().isPresent()) {
          Match match = hit.match().get();
          json.writeStringField("primaryName", match.party().primaryName());
          json.writeStringField("matchedName", match.matchedName());
          json.writeObjectFieldStart("parts");
          for (var part : match.explanation().parts()) {
            json.writeNumberField(part.id(), part.value());
          }
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static void strings(JsonGenerator json, String field, java.util.List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
