package org.interdict.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.CsvField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvColumnMappingTest {
  @Test
  void parsesFieldColumnPairs() {
    CsvColumnMapping mapping =
        CsvColumnMapping.parse("name=App,publisher=Vendor,version=Ver,host=Machine");
    assertThat(mapping.column(CsvField.NAME)).contains("App");
    assertThat(mapping.column(CsvField.HOST)).contains("Machine");
    assertThat(mapping.column(CsvField.PATH)).isEmpty();
    assertThat(mapping).hasToString("host=Machine,name=App,version=Ver,publisher=Vendor");
    assertThat(CsvColumnMapping.parse(mapping.toString())).isEqualTo(mapping);
  }

  @Test
  void fieldIdsAreCaseAndPunctuationInsensitive() {
    assertThat(CsvColumnMapping.parse("bundle-id=Bundle,PackageName=Pkg").columns())
        .containsEntry(CsvField.BUNDLE_ID, "Bundle")
        .containsEntry(CsvField.PACKAGE_NAME, "Pkg");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "colour=Red|unknown CSV mapping field 'colour'; expected one of host, name, version",
        "name|bad CSV column mapping entry 'name'",
        "name=|bad CSV column mapping entry 'name='",
        "name=A,name=B|names field 'name' twice",
      })
  void rejectsBadMappings(String text, String message) {
    assertThatThrownBy(() -> CsvColumnMapping.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void rejectsEmptyMappings(String text) {
    assertThatThrownBy(() -> CsvColumnMapping.parse(text))
        .hasMessageContaining("empty CSV column mapping");
  }

  @ParameterizedTest
  @CsvSource({
    "Device Name, devicename",
    "ARPDisplayName0, arpdisplayname0",
    "software_Name, softwarename",
    "'Application-Version ', applicationversion"
  })
  void headersNormalize(String header, String normalized) {
    assertThat(HeaderNames.normalize(header)).isEqualTo(normalized);
  }
}
