package org.interdict.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: untrusted names reach spreadsheets and terminals through screen's outputs. */
class ScreenOutputSafetyTest {
  @TempDir Path temp;

  /** Failure 6: {@code screen --input ... --format csv} wrote spreadsheet formulas unescaped. */
  @Test
  void csvOutputDefusesFormulasInQueriesAndListNames() throws Exception {
    Path input = temp.resolve("names.csv");
    Files.writeString(
        input,
        String.join(
                "\n",
                "name",
                "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                "+cmd|' /C calc'!A0",
                "@SUM(1)",
                "-1+1",
                "Kaspersky Lab")
            + "\n",
        StandardCharsets.UTF_8);

    ScreenCommandTest.Run run =
        ScreenCommandTest.run("screen", "--input", input.toString(), "--column", "name");

    List<String> queries = new java.util.ArrayList<>();
    try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(run.out())) {
      csv.forEach(record -> queries.add(record.getField(1)));
    }
    assertThat(queries)
        .contains(
            "'=HYPERLINK(\"http://evil.example\",\"x\")",
            "'+cmd|' /C calc'!A0",
            "'@SUM(1)",
            "'-1+1",
            "Kaspersky Lab");
    assertThat(run.out().lines().skip(1))
        .noneMatch(line -> "=+-@".indexOf(line.charAt(line.indexOf(',') + 1)) >= 0);
  }

  /**
   * Warning of issue 9: control sequences and bidi overrides from list entries were printed raw in
   * the table.
   */
  @Test
  void tableEscapesControlAndBidiCharactersOfListEntries() throws Exception {
    Path sdn = temp.resolve("lists/sdn.csv");
    Files.createDirectories(sdn.getParent());
    Files.writeString(
        sdn,
        "4242,\"EVIL\u001b[2J TRADING\u202e BANK\",-0- ,\"SDGT\u001b[31m\",-0- ,-0- ,-0- ,-0- ,"
            + "-0- ,-0- ,-0- ,-0- \n",
        StandardCharsets.UTF_8);

    ScreenCommandTest.Run run =
        ScreenCommandTest.run(
            "screen",
            "Evil Trading Bank",
            "--lists-dir",
            sdn.getParent().toString(),
            "--min-score",
            "0.5");

    assertThat(run.out())
        .contains("us-ofac-sdn:4242")
        .contains("\\u{1B}[2J")
        .contains("\\u{202E}")
        .contains("SDGT\\u{1B}31m");
    assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u202e");
  }

  /**
   * Failure 6 for {@code --ownership --format csv}: names outside the graph are written as given.
   */
  @Test
  void ownershipCsvDefusesFormulas() {
    ScreenCommandTest.Run run =
        ScreenCommandTest.run(
            "screen",
            "=Kaspersky Lab",
            "--ownership",
            "src/test/resources/fixtures/ownership/kaspersky-group.csv",
            "--format",
            "csv");

    assertThat(run.out().lines())
        .anySatisfy(line -> assertThat(line).startsWith("'=Kaspersky Lab,listed,"));
    assertThat(run.out().lines()).noneMatch(line -> line.startsWith("="));
  }
}
