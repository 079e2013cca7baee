package org.interdict.inventory.osquery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte-level parser must read every line it accepts exactly as Jackson does, and decline the
 * rest, so that a line gives the same records and the same errors whichever parser read it (issue
 * 16, docs/adr/011).
 */
class FastLogLineTest {
  private static final OsqueryReader FAST =
      new OsqueryReader(OsqueryReader.DEFAULT_MAX_LINE_BYTES, 1, true);
  private static final OsqueryReader JACKSON =
      new OsqueryReader(OsqueryReader.DEFAULT_MAX_LINE_BYTES, 1, false);
  private static final String SNAPSHOT =
      "{\"name\":\"pack_inventory_programs\",\"hostIdentifier\":\"WS-1\","
          + "\"calendarTime\":\"Mon Sep 30 09:00:00 2024 UTC\",\"unixTime\":1727686800,\"epoch\":0,\"counter\":0,"
          + "\"numerics\":false,\"decorations\":{\"hostname\":\"ws1.example\"},\"action\":\"snapshot\",\"snapshot\":["
          + "{\"name\":\"Kaspersky Endpoint Security for Windows\",\"version\":\"12.1.0.506\",\"publisher\":"
          + "\"AO Kaspersky Lab\",\"install_location\":\"C:\\\\Program Files\\\\Kaspersky\",\"identifying_number\":\"\"},"
          + "{\"name\":\"Антивирус Касперского\",\"version\":\"21.3\",\"publisher\":\"АО Лаборатория Касперского\"}]}";
  private static final String EVENT =
      "{\"name\":\"programs\",\"hostIdentifier\":\"h2\",\"action\":\"added\","
          + "\"columns\":{\"name\":\"Kaspersky Total Security\",\"version\":\"21.3\",\"pid\":-12.5e+3,\"x\":null,"
          + "\"y\":true},\"numerics\":true}";

  @Test
  void acceptsTheCommonShapes() {
    assertThat(fastAccepts(SNAPSHOT)).isTrue();
    assertThat(fastAccepts(EVENT)).isTrue();
    assertThat(fastAccepts("  {}  ")).isTrue();
    assertThat(fastAccepts("{\"diffResults\":{\"added\":[],\"removed\":[]}}")).isFalse();
    assertThat(fastAccepts("{\"name\":\"a\\u00e9\"}")).isTrue();
    assertThat(fastAccepts("{\"na\\u006de\":\"x\"}")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        SNAPSHOT,
        EVENT,
        "{}",
        "[]",
        "{\"snapshot\":[]}",
        "{\"snapshot\":null}",
        "{\"snapshot\":{}}",
        "{\"columns\":[1]}",
        "{\"columns\":{\"name\":\"x\",\"name\":\"y\"}}",
        "{\"columns\":{\"name\":\"x\"},\"columns\":{\"name\":\"z\"},\"hostIdentifier\":\"h\"}",
        "{\"snapshot\":[{\"name\":\"a\"}],\"snapshot\":[{\"name\":\"b\"}]}",
        "{\"snapshot\":[{\"name\":\"a\"},]}",
        "{\"snapshot\":[{\"name\":\"a\"} {\"name\":\"b\"}]}",
        "{\"snapshot\":[1,{\"name\":\"b\"}]}",
        "{\"action\":\"removed\",\"snapshot\":[{\"name\":\"a\"}]}",
        "{\"columns\":{\"name\":01}}",
        "{\"columns\":{\"name\":1.}}",
        "{\"columns\":{\"name\":-}}",
        "{\"columns\":{\"name\":1e}}",
        "{\"columns\":{\"name\":12ab}}",
        "{\"columns\":{\"name\":truex}}",
        "{\"columns\":{\"name\":nul}}",
        "{\"columns\":{\"name\":\"tab\there\"}}",
        "{\"columns\":{\"name\":\"bad \\x escape\"}}",
        "{\"columns\":{\"name\":\"\\ud83d\\ude00 pair\"}}",
        "{\"columns\":{\"name\":\"lone \\ud83d\"}}",
        "{\"columns\":{\"name\":\"\\\"q\\\" \\/ \\b\\f\\n\\r\\t\"}}",
        "{\"columns\":{\"name\":\"a\"}} trailing",
        "{\"columns\":{\"name\":\"a\"}}{\"columns\":{}}",
        "{\"columns\":{\"name\":{\"nested\":1}}}",
        "{\"name\":[\"q\"],\"columns\":{\"name\":\"a\"}}",
        "{\"decorations\":\"scalar\",\"columns\":{\"name\":\"a\"}}",
        "{\"decorations\":[1],\"columns\":{\"name\":\"a\"}}",
        "{\"other\":{\"deep\":[1,2]},\"columns\":{\"name\":\"a\"}}",
        "{\"columns\":{\"name\":\"a\",\"path\":\"/x\"},\"name\":\"processes\"}",
        "{\"columns\":{\"name\":\"a\"}",
        "{\"columns\":{\"name\":\"unterminated}}",
        "{\"columns\":{\"name\" \"a\"}}",
        "{,}",
        "{\"a\":1,}",
        "{\"columns\":{\"name\":\"a\"},\"hostname\":12,\"hostIdentifier\":false}",
        "\uFEFF{\"columns\":{}}",
        "{\"columns\":{\"name\":\"x\", \"version\" : \"1\" }\t}"
      })
  void agreesWithJackson(String line) {
    assertThat(ReadOutcome.of(FAST, line + "\n")).isEqualTo(ReadOutcome.of(JACKSON, line + "\n"));
  }

  @Test
  void agreesWithJacksonOnMalformedUtf8() {
    byte[] prefix = "{\"columns\":{\"name\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "\"}}\n".getBytes(StandardCharsets.UTF_8);
    for (byte[] middle :
        List.of(
            new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0xAC})) {
      byte[] line = new byte[prefix.length + middle.length + suffix.length];
      System.arraycopy(prefix, 0, line, 0, prefix.length);
      System.arraycopy(middle, 0, line, prefix.length, middle.length);
      System.arraycopy(suffix, 0, line, prefix.length + middle.length, suffix.length);
      assertThat(ReadOutcome.of(FAST, new java.io.ByteArrayInputStream(line)))
          .isEqualTo(ReadOutcome.of(JACKSON, new java.io.ByteArrayInputStream(line)));
    }
  }

  /** Seeded mutations of real line shapes; prints the seed and the line on a disagreement. */
  @Test
  void agreesWithJacksonOnRandomMutations() {
    long seed = Long.getLong("interdict.test.seed", 20261202L);
    Random random = new Random(seed);
    String alphabet = "{}[],:\"\\/ \t\r0123456789-+.eEtruefalsnabu\u00e9\u0416\ud83d\ude00";
    List<String> bases =
        List.of(SNAPSHOT, EVENT, "{\"columns\":{\"name\":\"a\\\\b\",\"version\":\"1\"}}");
    int accepted = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder line = new StringBuilder(bases.get(random.nextInt(bases.size())));
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(line.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> line.setCharAt(at, c);
          case 1 -> line.insert(at, c);
          default -> line.deleteCharAt(at);
        }
      }
      String text = line.toString().replace("\n", "");
      if (fastAccepts(text)) {
        accepted++;
      }
      assertThat(ReadOutcome.of(FAST, text + "\n"))
          .as("seed %d, round %d, line %s", seed, round, text)
          .isEqualTo(ReadOutcome.of(JACKSON, text + "\n"));
    }
    // Many mutations leave valid JSON (a changed letter in a value): the fast path must have read
    // those itself.
    assertThat(accepted).isGreaterThan(2_000);
  }

  private static boolean fastAccepts(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return new FastLogLine().parse(bytes, 0, bytes.length, new LogLine());
  }
}
