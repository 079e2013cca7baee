package org.interdict.text;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteTrackerTest {
  /**
   * Each text ends with the row {@code x,y}: fastcsv reads it as its own record exactly when the
   * tracker says the text did not end inside quotes, so the tracker and the parser agree on every
   * case.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "'\"a,b\"\\nx,y'                | false | 0",
        "'\"a\\nx,y'                    | true  | 1",
        "'a\"b\"c\\nx,y'                | false | 0",
        "'\"a\"b\"c\\nx,y'              | true  | 1",
        "'\"a\"b\"\"c\\nx,y'            | false | 0",
        "'\"a\"\"b\\nx,y'               | true  | 1",
        "'ok,\"a\"b\\nc,\"d\"e\"f\\nx,y' | true  | 2"
      })
  void endsInsideQuotesExactlyWhenFastcsvSwallowsTheLastRow(
      String escaped, boolean insideQuotes, long openedAt) throws Exception {
    QuoteTracker quotes = new QuoteTracker(new StringReader(escaped.replace("\\n", "\n")), ',');
    List<CsvRecord> records = CsvReader.builder().ofCsvRecord(quotes).stream().toList();

    assertThat(quotes.endedInsideQuotes()).isEqualTo(insideQuotes);
    assertThat(records.get(records.size() - 1).getFields().equals(List.of("x", "y")))
        .isNotEqualTo(insideQuotes);
    if (insideQuotes) {
      assertThat(quotes.openedAtLine()).isEqualTo(openedAt);
    }
  }
}
