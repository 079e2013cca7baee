package org.interdict.server.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.interdict.InvalidValueException;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How yente entity examples are read: values, name parts, countries, schemas and refusals. */
class EntityExamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static EntityExamples.Example read(String json) throws JsonProcessingException {
    return EntityExamples.read("q", JSON.readValue(json, MatchQuery.class));
  }

  @Test
  void aStringIsOneValueAndCountryNamesAreEchoedAsLowerCaseCodes() throws JsonProcessingException {
    EntityExamples.Example example =
        read(
            "{\"id\": \"mine-1\", \"schema\": \"Person\", \"properties\": {\"name\": \"Alexander"
                + " ZAKHAROV\", \"birthDate\": [\"19 Jun 1965\"], \"country\": \"Russia\","
                + " \"passportNumber\": [\"7512 345678\", 42], \"hairColor\": [\"grey\"]}}");
    assertThat(example.names()).containsExactly("Alexander ZAKHAROV");
    assertThat(example.type()).isEqualTo(PartyType.INDIVIDUAL);
    assertThat(example.features().nationalities()).containsExactly("RU");
    assertThat(example.features().birthDates().get(0).canonical()).isEqualTo("1965-06-19");
    assertThat(example.features().identifiers()).hasSize(2);
    assertThat(example.echo())
        .containsEntry("id", "mine-1")
        .containsEntry(
            "properties",
            Map.of(
                "name", List.of("Alexander ZAKHAROV"),
                "birthDate", List.of("1965-06-19"),
                "country", List.of("ru"),
                "passportNumber", List.of("7512 345678", "42"),
                "hairColor", List.of("grey")));
  }

  @Test
  void namePartsMakeTheNameOnlyWhenThereIsNone() throws JsonProcessingException {
    assertThat(
            read("{\"schema\": \"Person\", \"properties\": {\"lastName\": [\"Rotenberg\"],"
                    + " \"firstName\": [\"Arkady\"], \"fatherName\": \"Romanovich\"}}")
                .names())
        .containsExactly("Arkady Romanovich Rotenberg");
    assertThat(
            read("{\"schema\": \"Person\", \"properties\": {\"name\": [\"A. Rotenberg\"],"
                    + " \"firstName\": [\"Arkady\"]}}")
                .names())
        .containsExactly("A. Rotenberg");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Russia, RU, ru",
    "ru, RU, ru",
    "xk, XK, xk",
    "ua-cri, UA, ua",
    "ge-ab, GE, ge",
    "suhh, , suhh",
    "zz, , zz"
  })
  void followTheMoneysCountryCodesAreReadOrAcceptedUnweighed(
      String given, String weighed, String echoed) throws JsonProcessingException {
    EntityExamples.Example example =
        read(
            "{\"schema\": \"Person\", \"properties\": {\"name\": [\"x\"], \"nationality\": [\""
                + given
                + "\"]}}");
    assertThat(example.features().nationalities())
        .isEqualTo(weighed == null ? List.of() : List.of(weighed));
    assertThat(example.echo().get("properties"))
        .isEqualTo(Map.of("name", List.of("x"), "nationality", List.of(echoed)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Person, INDIVIDUAL",
    "Company, ENTITY",
    "Organization, ENTITY",
    "PublicBody, ENTITY",
    "LegalEntity, UNKNOWN",
    "Thing, UNKNOWN",
    "Vessel, VESSEL",
    "Airplane, AIRCRAFT"
  })
  void schemasMapToPartyTypes(String schema, PartyType type) {
    assertThat(EntityExamples.schemaType(schema, "q")).isEqualTo(type);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"schema\": \"Banana\", \"properties\": {\"name\": [\"x\"]}}|schema 'Banana'",
        "{\"properties\": {\"name\": [\"x\"]}}|needs a 'schema'",
        "{\"schema\": \"Person\", \"properties\": {\"hairColour\": [\"red\"], \"name\": [\"x\"]}}"
            + "|property 'hairColour'",
        "{\"schema\": \"Person\", \"properties\": {\"name\": [{\"a\": 1}]}}|object values",
        "{\"schema\": \"Person\", \"properties\": {\"gender\": [\"male\"]}}|no 'name' value",
        "{\"schema\": \"Person\", \"properties\": {\"name\": [\"x\"], \"birthDate\": [\"soon\"]}}"
            + "|birth date 'soon'",
        "{\"schema\": \"Person\", \"properties\": {\"name\": [\"x\"], \"nationality\": [\"Atlantis\"]}}"
            + "|country 'Atlantis'",
      })
  void refusesWhatItCannotReadNamingIt(String json, String named) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(named);
  }
}
