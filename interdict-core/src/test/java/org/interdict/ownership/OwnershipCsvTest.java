package org.interdict.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnershipCsvTest {
  @Test
  void readsAFileWithBomAndNormalisesSubsidiaryOf(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("owners.csv");
    Files.writeString(
        file,
        "\uFEFFowner,owned,percent,relation,source\n"
            + "Acme Holdings,Acme Trading,60,owns,filing 2024\n"
            + "Acme Services,Acme Holdings,,subsidiary-of,\n"
            + "\"Müller & Söhne, KG\",Acme Trading,12.5%,,\n",
        StandardCharsets.UTF_8);
    OwnershipGraph graph = OwnershipCsv.read(file);
    assertThat(graph.issues()).isEmpty();
    assertThat(graph.edges()).hasSize(3);
    OwnershipEdge reversed = graph.edges().get(1);
    assertThat(reversed.owner()).isEqualTo("Acme Holdings");
    assertThat(reversed.owned()).isEqualTo("Acme Services");
    assertThat(reversed.relation()).isEqualTo(Relation.PARENT_OF);
    assertThat(reversed.source().toString()).isEqualTo(file + ":3");
    assertThat(graph.edges().get(2).owner()).isEqualTo("Müller & Söhne, KG");
    assertThat(graph.edges().get(2).percent()).hasValue(12.5);
    assertThat(graph.edges().get(0).reference()).isEqualTo("filing 2024");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'Acme,Beta,60,controls,'   | unknown-relation",
        "'Acme,Beta,160,owns,'      | bad-percent",
        "'Acme,Beta,-5,owns,'       | bad-percent",
        "'Acme,Beta,sixty,owns,'    | bad-percent",
        "'Acme,Beta,,owns,'         | bad-percent",
        "',Beta,60,owns,'           | malformed-ownership-row",
        "'Acme'                     | malformed-ownership-row",
        "'Acme,acme ,60,owns,'      | self-ownership"
      })
  void badRowsAreSkippedWithFileAndLineAndTheRestLoads(String row, String issueId) {
    String csv =
        "owner,owned,percent,relation,source\nGood One,Good Two,55,owns,\n"
            + row
            + "\nGood Two,Good Three,51,owns,\n";
    OwnershipGraph graph = OwnershipCsv.read(new StringReader(csv), "owners.csv");
    assertThat(graph.edges())
        .extracting(OwnershipEdge::owned)
        .containsExactly("Good Two", "Good Three");
    assertThat(graph.issues()).hasSize(1);
    assertThat(graph.issues().get(0).issueId()).isEqualTo(issueId);
    assertThat(graph.issues().get(0).toString()).startsWith("owners.csv:3: " + issueId);
  }

  @Test
  void aQuoteThatNeverClosesIsAnIssueAtItsLineThoughItsRowLooksValid() {
    // fastcsv reads the rest of the file into the source field: a valid edge, and the rows after it
    // gone
    OwnershipGraph graph =
        OwnershipCsv.read(
            new StringReader(
                "owner,owned,percent,relation,source\n"
                    + "Good One,Good Two,55,owns,\nGood Two,Good Three,,parent-of,\"filing\nGood Three,Good Four,51,owns,\n"),
            "owners.csv");
    assertThat(graph.edges())
        .extracting(OwnershipEdge::owned)
        .containsExactly("Good Two", "Good Three");
    assertThat(graph.issues())
        .singleElement()
        .hasToString(
            "owners.csv:3: unterminated-quote: a quoted field opens"
                + " on this line and never closes, so the rest of the file was read as one field: rows after it are lost");
  }

  @Test
  void spellingsDifferingInCaseAndSpacingAreOneNode() {
    OwnershipGraph graph =
        OwnershipCsv.read(
            new StringReader(
                "owner,owned,percent\nAcme  Holdings,Beta,60\nACME HOLDINGS,Gamma,70\n"),
            "x.csv");
    assertThat(graph.nodes()).containsExactly("Acme  Holdings", "Beta", "Gamma");
  }

  @Test
  void aHeaderWithoutOwnerAndOwnedIsRefused() {
    assertThatThrownBy(() -> OwnershipCsv.read(new StringReader("parent,child\nA,B\n"), "x.csv"))
        .isInstanceOf(UnreadableOwnershipException.class)
        .hasMessageContaining("x.csv:1")
        .hasMessageContaining("owner");
  }
}
