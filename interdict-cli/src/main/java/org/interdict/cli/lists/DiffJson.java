package org.interdict.cli.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.interdict.lists.diff.FieldChange;
import org.interdict.lists.diff.PartyChange;
import org.interdict.model.Party;

/** The machine form of a diff ({@code interdict-list-diff/1}, described in docs/lists.md). */
final class DiffJson {
  static final String SCHEMA = "interdict-list-diff/1";

  private DiffJson() {}

  static void write(PrintWriter out, List<DiffCommand.SourceDiff> diffs) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeArrayFieldStart("sources");
    for (DiffCommand.SourceDiff one : diffs) {
      json.writeStartObject();
      json.writeStringField("source", one.sourceId());
      side(json, "from", one.from());
      side(json, "to", one.to());
      json.writeObjectFieldStart("counts");
      json.writeNumberField("added", one.diff().added().size());
      json.writeNumberField("removed", one.diff().removed().size());
      json.writeNumberField("changed", one.diff().changed().size());
      json.writeNumberField("unchanged", one.diff().unchangedCount());
      json.writeEndObject();
      parties(json, "added", one.diff().added());
      parties(json, "removed", one.diff().removed());
      json.writeArrayFieldStart("changed");
      for (PartyChange change : one.diff().changed()) {
        json.writeStartObject();
        json.writeStringField("id", change.id());
        json.writeStringField("name", change.after().primaryName());
        json.writeArrayFieldStart("fields");
        for (FieldChange field : change.fields()) {
          json.writeStartObject();
          json.writeStringField("field", field.field());
          strings(json, "before", field.before());
          strings(json, "after", field.after());
          strings(json, "removed", field.removed());
          strings(json, "added", field.added());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.println();
  }

  private static void side(JsonGenerator json, String field, DiffSide side) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("label", side.label());
    json.writeNumberField("entryCount", side.parties().size());
    json.writeEndObject();
  }

  private static void parties(JsonGenerator json, String field, List<Party> parties)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (Party party : parties) {
      json.writeStartObject();
      json.writeStringField("id", party.id());
      json.writeStringField("type", party.type().id());
      json.writeStringField("name", party.primaryName());
      strings(json, "aliases", party.aliases());
      strings(json, "programs", party.programs());
      strings(json, "countries", party.countries());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
