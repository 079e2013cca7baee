package org.interdict.cli.screen;

import java.io.IOException;
import java.io.Writer;
import org.interdict.lists.ListInfo;
import org.interdict.report.csv.SafeCsvWriter;
import org.interdict.screening.FourDecimals;
import org.interdict.screening.Match;
import org.interdict.screening.QueryProblem;
import org.interdict.screening.ScreeningResult;

/**
 * CSV output: one row per match, and one row with empty match columns for a name without matches,
 * so every input appears. The lists used are in the {@code list_date} column and in the header
 * summary on stderr; the {@code incomplete_lists} column names, on every row, the lists that could
 * not be read completely (empty when all were), because that is exactly when a row without a match
 * proves nothing; {@code query_problem} is the {@link QueryProblem} id of a name that could not be
 * screened completely (empty otherwise), for the same reason. Cells are written by {@link
 * SafeCsvWriter}, so a name such as {@code =HYPERLINK(...)} cannot run as a spreadsheet formula.
 */
final class CsvResultWriter implements ResultWriter {
  static final String[] HEADER = {
    "input_id",
    "query",
    "score",
    "entity_id",
    "list",
    "list_date",
    "matched_name",
    "name_kind",
    "type",
    "programs",
    "primary_name",
    "scorer",
    "score_parts",
    "truncated",
    "incomplete_lists",
    "query_problem"
  };
  private final SafeCsvWriter csv;
  private String incompleteLists = "";

  CsvResultWriter(Writer out) {
    this.csv = SafeCsvWriter.withLf(out);
  }

  @Override
  public void begin(ScreeningSetup setup, double minScore, String scorer) {
    csv.row(HEADER);
    incompleteLists =
        String.join(";", setup.lists().incompleteLists().stream().map(ListInfo::listId).toList());
  }

  @Override
  public void write(String inputId, ScreeningResult result) {
    String query = result.query().name();
    String truncated = Boolean.toString(result.truncated());
    String problem = result.problem().map(QueryProblem::id).orElse("");
    if (result.matches().isEmpty()) {
      csv.row(
          inputId,
          query,
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          truncated,
          incompleteLists,
          problem);
      return;
    }
    for (Match match : result.matches()) {
      var party = match.party();
      csv.row(
          inputId,
          query,
          FourDecimals.of(match.score()),
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
          truncated,
          incompleteLists,
          problem);
    }
  }

  @Override
  public void close() throws IOException {
    csv.flush();
  }
}
