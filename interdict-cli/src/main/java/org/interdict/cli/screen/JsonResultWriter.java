package org.interdict.cli.screen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.interdict.lists.ListInfo;
import org.interdict.screening.ExplanationJson;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningResult;

/**
 * JSON output (schema in docs/screening.md): one document with the tool, the lists used, the
 * minimum score and a {@code results} array streamed one query at a time, so batch runs never hold
 * all results in memory.
 */
final class JsonResultWriter implements ResultWriter {
  static final String SCHEMA = "interdict-screening/1";
  private final JsonGenerator json;
  private long incompleteQueries;

  JsonResultWriter(Writer out) {
    try {
      this.json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void begin(ScreeningSetup setup, double minScore, String scorer) throws IOException {
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeObjectFieldStart("tool");
    json.writeStringField("name", "interdict");
    String version = JsonResultWriter.class.getPackage().getImplementationVersion();
    json.writeStringField("version", version == null ? "development" : version);
    json.writeStringField("scorer", scorer);
    json.writeStringField("indexVersion", setup.index().version());
    json.writeEndObject();
    json.writeArrayFieldStart("lists");
    for (ListInfo info : setup.lists().lists()) {
      json.writeStartObject();
      json.writeStringField("id", info.listId());
      json.writeStringField("title", info.title());
      json.writeStringField("date", info.listDate().map(Object::toString).orElse(null));
      json.writeNumberField("entryCount", info.entryCount());
      writeStrings("files", info.files());
      json.writeBooleanField("complete", info.complete());
      json.writeNumberField("problemCount", info.problemCount());
      writeStrings("problems", info.problems());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeBooleanField("complete", setup.lists().complete());
    writeStrings(
        "incompleteLists", setup.lists().incompleteLists().stream().map(ListInfo::listId).toList());
    if (setup.asOf().isPresent()) {
      writeAsOf(setup.asOf().get());
    }
    json.writeNumberField("minScore", minScore);
    json.writeArrayFieldStart("results");
  }

  @Override
  public void write(String inputId, ScreeningResult result) throws IOException {
    json.writeStartObject();
    json.writeStringField("inputId", inputId);
    json.writeStringField("query", result.query().name());
    json.writeObjectFieldStart("normalized");
    writeStrings("tokens", result.normalized().tokens());
    writeStrings("legalForms", result.normalized().legalForms());
    writeStrings("steps", result.normalized().steps());
    json.writeBooleanField("truncated", result.truncated());
    json.writeEndObject();
    var problem = result.problem();
    if (problem.isPresent()) {
      incompleteQueries++;
      json.writeObjectFieldStart("problem");
      json.writeStringField("id", problem.get().id());
      json.writeStringField("message", problem.get().message());
      json.writeEndObject();
    } else {
      json.writeNullField("problem");
    }
    json.writeArrayFieldStart("matches");
    for (Match match : result.matches()) {
      writeMatch(match);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeMatch(Match match) throws IOException {
    var party = match.party();
    json.writeStartObject();
    json.writeNumberField("score", match.score());
    json.writeStringField("entityId", party.id());
    json.writeStringField("listId", party.source().listId());
    json.writeStringField("entryId", party.source().entryId());
    json.writeStringField("listDate", party.source().listDate().map(Object::toString).orElse(null));
    json.writeStringField("type", party.type().id());
    json.writeStringField("primaryName", party.primaryName());
    json.writeStringField("matchedName", match.matchedName());
    json.writeStringField("nameKind", match.nameKind().id());
    json.writeNumberField("nameIndex", match.nameIndex());
    writeStrings("programs", party.programs());
    writeStrings("countries", party.countries());
    json.writeFieldName("explanation");
    ExplanationJson.write(json, match.explanation());
    json.writeEndObject();
  }

  /**
   * The {@code asOf} object: the date, the stored snapshots used (with their files) and those not
   * used.
   */
  private void writeAsOf(org.interdict.lists.snapshot.InForceLists inForce) throws IOException {
    json.writeObjectFieldStart("asOf");
    json.writeStringField("date", inForce.asOf().toString());
    json.writeArrayFieldStart("snapshots");
    for (var snapshot : inForce.used()) {
      json.writeStartObject();
      json.writeStringField("listId", snapshot.sourceId());
      json.writeStringField("snapshot", snapshot.id());
      json.writeStringField("fetchedAt", snapshot.fetchedAt().toString());
      json.writeNumberField("entryCount", snapshot.manifest().entryCount());
      json.writeArrayFieldStart("files");
      for (var file : snapshot.manifest().files()) {
        json.writeStartObject();
        json.writeStringField("path", snapshot.folder().resolve(file.name()).toString());
        json.writeStringField("sha256", file.sha256());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    writeStrings("notUsed", inForce.problems());
    json.writeEndObject();
  }

  private void writeStrings(String field, java.util.List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  @Override
  public void close() throws IOException {
    json.writeEndArray();
    // written last because results stream: how many of them say a no-match proves nothing
    json.writeNumberField("incompleteQueries", incompleteQueries);
    json.writeEndObject();
    json.flush();
  }
}
