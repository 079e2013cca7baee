package org.interdict.cli.screen;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningResult;

/**
 * CSV output: one row per match, and one row with empty match columns for a name without matches, so every
 * input appears. The lists used are in the {@code list_date} column and in the header summary on stderr.
 */
final class CsvResultWriter implements ResultWriter {
  static final String[] HEADER = {
    "input_id", "query", "score", "entity_id", "list", "list_date", "matched_name", "name_kind", "type", "programs",
    "primary_name", "truncated"
  };
  private final CsvWriter csv;

  CsvResultWriter(Writer out) {
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
  }

  @Override
  public void begin(ScreeningSetup setup, double minScore) {
    csv.writeRecord(HEADER);
  }

  @Override
  public void write(String inputId, ScreeningResult result) {
    String query = result.query().name();
    String truncated = Boolean.toString(result.truncated());
    if (result.matches().isEmpty()) {
      csv.writeRecord(inputId, query, "", "", "", "", "", "", "", "", "", truncated);
      return;
    }
    for (Match match : result.matches()) {
      var party = match.party();
      csv.writeRecord(
          inputId, query, String.format(Locale.ROOT, "%.4f", match.score()), party.id(), party.source().listId(),
          party.source().listDate().map(Object::toString).orElse(""), match.matchedName(), match.nameKind().id(),
          party.type().id(), String.join(";", party.programs()), party.primaryName(), truncated);
    }
  }

  @Override
  public void close() throws IOException {
    csv.flush();
  }
}
