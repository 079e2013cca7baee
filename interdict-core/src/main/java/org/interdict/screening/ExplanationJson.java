package org.interdict.screening;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The one JSON form of an {@link Explanation} (scorer, aligned pairs, unmatched tokens, legal
 * forms, normalization steps, score parts), written by every output that carries one: the CLI's
 * screen JSON and the Spark screen rows. Stateless and thread-safe.
 */
public final class ExplanationJson {
  private ExplanationJson() {}

  /** Writes {@code explanation} as one JSON object at the generator's current position. */
  public static void write(JsonGenerator json, Explanation explanation) throws IOException {
    json.writeStartObject();
    json.writeStringField("scorer", explanation.scorerId());
    json.writeArrayFieldStart("pairs");
    for (TokenPair pair : explanation.pairs()) {
      json.writeStartObject();
      json.writeStringField("query", pair.queryToken());
      json.writeStringField("list", pair.listToken());
      json.writeNumberField("similarity", pair.similarity());
      json.writeStringField("method", pair.method());
      json.writeEndObject();
    }
    json.writeEndArray();
    strings(json, "unmatchedQueryTokens", explanation.unmatchedQueryTokens());
    strings(json, "unmatchedListTokens", explanation.unmatchedListTokens());
    strings(json, "queryLegalForms", explanation.queryLegalForms());
    strings(json, "listLegalForms", explanation.listLegalForms());
    strings(json, "querySteps", explanation.querySteps());
    strings(json, "listSteps", explanation.listSteps());
    json.writeObjectFieldStart("parts");
    for (ScorePart part : explanation.parts()) {
      json.writeNumberField(part.id(), part.value());
    }
    json.writeEndObject();
    json.writeEndObject();
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
