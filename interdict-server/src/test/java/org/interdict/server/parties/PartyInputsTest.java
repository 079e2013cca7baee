package org.interdict.server.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.interdict.server.http.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stored-party input: good rows kept, bad rows named by line (CSV) or index (JSON) and skipped. */
class PartyInputsTest {
  @Test
  void readsCsvWithAnyColumnOrderAndNormalizesTypeAndCountry() {
    PartyInputs.Read read =
        PartyInputs.fromCsv(
            "country,name,id,type\nru,\"Acme, Ltd\",c-1,Entity\n,Bob,,\n", "parties.csv");
    assertThat(read.errors()).isEmpty();
    assertThat(read.parties())
        .containsExactly(
            new PartyInputs.PartyInput("c-1", "Acme, Ltd", "entity", "RU"),
            new PartyInputs.PartyInput(null, "Bob", "", ""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing name | 'name,id\\n,c-1\\n' | parties.csv:2: 'name' is missing; row skipped",
        "bad id | 'name,id\\nAcme,a b\\n' | parties.csv:2: 'id' must be 1-100 letters",
        "unknown type | 'name,type\\nAcme,planet\\n' | parties.csv:2: unknown type 'planet'",
      })
  void reportsBadCsvRowsByLine(String label, String csv, String error) {
    PartyInputs.Read read = PartyInputs.fromCsv(csv.replace("\\n", "\n"), "parties.csv");
    assertThat(read.parties()).isEmpty();
    assertThat(read.errors()).singleElement().asString().startsWith(error);
  }

  @Test
  void rejectsCsvWithoutANameColumn() {
    assertThatThrownBy(() -> PartyInputs.fromCsv("id,country\nc-1,RU\n", "parties.csv"))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("parties.csv:1")
        .hasMessageContaining("no 'name' column");
  }

  @Test
  void mapsOtherHeadersToTheFields() {
    PartyInputs.Read read =
        PartyInputs.fromCsv(
            "Legal Name,Customer No,Land\n\"Acme, Ltd\",C-9,ru\n",
            "parties.csv",
            Map.of("name", "legal name", "id", " Customer No ", "country", "Land"));
    assertThat(read.errors()).isEmpty();
    assertThat(read.parties())
        .containsExactly(new PartyInputs.PartyInput("C-9", "Acme, Ltd", "", "RU"));
  }

  @Test
  void aMappedHeaderThatIsMissingIsNamed() {
    assertThatThrownBy(
            () ->
                PartyInputs.fromCsv(
                    "Legal Name\nAcme\n",
                    "parties.csv",
                    Map.of("name", "Legal Name", "country", "Land")))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("parties.csv:1")
        .hasMessageContaining("no column 'Land'");
    assertThatThrownBy(() -> PartyInputs.fromCsv("Company\nAcme\n", "parties.csv"))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("nameColumn");
  }

  @Test
  void reportsBadJsonItemsByIndex() {
    PartyInputs.Read read =
        PartyInputs.fromJson(
            Arrays.asList(
                new PartyInputs.PartyInput(null, "Acme", null, null),
                null,
                new PartyInputs.PartyInput("x", " ", null, null)));
    assertThat(read.parties()).extracting(PartyInputs.PartyInput::name).containsExactly("Acme");
    assertThat(read.errors())
        .containsExactly("[1]: is null; skipped", "[2]: 'name' is missing; skipped");
  }
}
