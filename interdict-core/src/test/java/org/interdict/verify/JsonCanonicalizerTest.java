package org.interdict.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonCanonicalizerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Rows from RFC 8785 appendix B and the ECMAScript number rules. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0|0",
        "-0.0|0",
        "1|1",
        "1.0|1",
        "0.5|0.5",
        "1e21|1e+21",
        "1e20|100000000000000000000",
        "0.000001|0.000001",
        "0.0000001|1e-7",
        "4.5|4.5",
        "2e-3|0.002",
        "333333333.3333333|333333333.3333333",
        "1.5e300|1.5e+300",
        "-5e-324|-5e-324",
        "0.76|0.76",
        "0.1|0.1",
        "100.25|100.25",
        "9007199254740993|9007199254740993",
        "123456789012345680000|123456789012345680000"
      })
  void numbersAsEcmaScriptWritesThem(String json, String canonical) throws Exception {
    assertThat(JsonCanonicalizer.canonicalString(JSON.readTree(json))).isEqualTo(canonical);
  }

  @Test
  void membersSortedByUtf16CodeUnitsWithoutWhitespace() throws Exception {
    String json =
        "{ \"b\": [1, {\"z\":true, \"a\":null}], \"a\": \"x\", \"\u20ac\": 1, \"\ud83d\ude00\": 2, \"\u0080\": 3 }";
    assertThat(JsonCanonicalizer.canonicalString(JSON.readTree(json)))
        .isEqualTo(
            "{\"a\":\"x\",\"b\":[1,{\"a\":null,\"z\":true}],\"\u0080\":3,\"\u20ac\":1,\"\ud83d\ude00\":2}");
  }

  @Test
  void stringsUseTheMinimalEscapes() throws Exception {
    String json = "\"\\u0000\\u001f \\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\u2028\"";
    assertThat(JsonCanonicalizer.canonicalString(JSON.readTree(json)))
        .isEqualTo("\"\\u0000\\u001f \\\" \\\\ / \\b\\f\\n\\r\\t \u00e9 \u2028\"");
  }

  @Test
  void reformattingDoesNotChangeTheCanonicalForm() throws Exception {
    var compact = JSON.readTree("{\"x\":[1,2],\"y\":{\"k\":\"v\"}}");
    var pretty = JSON.readTree("{\n  \"y\" : { \"k\" : \"v\" },\n  \"x\" : [ 1, 2 ]\n}");
    assertThat(JsonCanonicalizer.canonicalBytes(pretty))
        .isEqualTo(JsonCanonicalizer.canonicalBytes(compact));
  }
}
