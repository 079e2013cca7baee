package org.interdict.spark.screen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.interdict.screening.Explanation;
import org.interdict.screening.ExplanationJson;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningResult;

/**
 * The {@code matches} output: the columns of the CLI's {@code screen --input ... --format csv}, one
 * row per match, and one row with empty (null) match columns for a name without a match, {@code
 * incomplete_lists} on every row (the lists not read completely, empty when all were), {@code
 * query_problem} (the {@link org.interdict.screening.QueryProblem} id of a name that could not be
 * screened completely, null otherwise), plus the match's explanation as JSON (field names as in the
 * CLI's JSON output). {@code list} is the list id exactly as the CLI names it.
 */
final class MatchRows {
  static final StructType SCHEMA =
      new StructType()
          .add("input_id", DataTypes.StringType, false)
          .add("query", DataTypes.StringType, false)
          .add("score", DataTypes.DoubleType, true)
          .add("entity_id", DataTypes.StringType, true)
          .add("list", DataTypes.StringType, true)
          .add("list_date", DataTypes.StringType, true)
          .add("matched_name", DataTypes.StringType, true)
          .add("name_kind", DataTypes.StringType, true)
          .add("type", DataTypes.StringType, true)
          .add("programs", DataTypes.StringType, true)
          .add("primary_name", DataTypes.StringType, true)
          .add("scorer", DataTypes.StringType, true)
          .add("score_parts", DataTypes.StringType, true)
          .add("truncated", DataTypes.BooleanType, false)
          .add("incomplete_lists", DataTypes.StringType, false)
          .add("query_problem", DataTypes.StringType, true)
          .add("explanation", DataTypes.StringType, true);
  private static final JsonFactory JSON = new JsonFactory();

  private MatchRows() {}

  /**
   * {@code incompleteLists}: the ids of the lists not read completely, ";"-joined, as the CLI's
   * column.
   */
  static List<Row> of(String inputId, ScreeningResult result, String incompleteLists) {
    String query = result.query().name();
    String problem = result.problem().map(org.interdict.screening.QueryProblem::id).orElse(null);
    if (result.matches().isEmpty()) {
      return List.of(
          RowFactory.create(
              inputId,
              query,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              result.truncated(),
              incompleteLists,
              problem,
              null));
    }
    List<Row> rows = new ArrayList<>(result.matches().size());
    for (Match match : result.matches()) {
      var party = match.party();
      rows.add(
          RowFactory.create(
              inputId,
              query,
              match.score(),
              party.id(),
              party.source().listId(),
              party.source().listDate().map(Object::toString).orElse(""),
              match.matchedName(),
              match.nameKind().id(),
              party.type().id(),
              String.join(";", party.programs()),
              party.primaryName(),
              match.explanation().scorerId(),
              match.explanation().partsText(),
              result.truncated(),
              incompleteLists,
              problem,
              json(match.explanation())));
    }
    return rows;
  }

  private static String json(Explanation explanation) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      ExplanationJson.write(json, explanation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
