package org.interdict.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.ListLoader;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, failure 4: deep and wide graphs are analysed in linear space, and an oversized graph is
 * refused.
 */
class OwnershipScaleTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 10, 15);
  private static final ScreeningIndex INDEX = ScreeningIndex.build(lists());

  private static List<Party> lists() {
    List<Party> parties = new ArrayList<>(ListLoader.bundled().parties());
    parties.add(
        new Party(
            "us-ofac-sdn:90001",
            PartyType.INDIVIDUAL,
            "SANCTIONOV, Viktor Arkadyevich",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "",
            new SourceRef("us-ofac-sdn", "90001", Optional.empty(), "")));
    return parties;
  }

  /**
   * "Viktor Sanctionov owns 60 % of Chain 1, which owns 60 % of Chain 2, ..." with {@code edges}
   * edges.
   */
  static String chain(String top, String relation, int edges) {
    StringBuilder csv = new StringBuilder("owner,owned,percent,relation,source\n");
    String owner = top;
    for (int i = 1; i <= edges; i++) {
      String owned = "Chain Company " + i;
      csv.append(owner)
          .append(',')
          .append(owned)
          .append(relation.equals("owns") ? ",60," : ",,")
          .append(relation)
          .append(",reg-")
          .append(i)
          .append('\n');
      owner = owned;
    }
    return csv.toString();
  }

  private static OwnershipResult evaluate(String csv) {
    OwnershipGraph graph = OwnershipCsv.read(new StringReader(csv), "chain.csv");
    return OwnershipAnalysis.of(OwnershipRules.bundled(), INDEX, ScreeningQuery.of(""))
        .evaluate(graph, AS_OF);
  }

  @Test
  void aTenThousandEdgeOwnershipChainIsFlaggedToItsEndAndEachPathExtendsItsOwnersPath() {
    OwnershipResult result = evaluate(chain("Viktor Sanctionov", "owns", 10_000));
    assertThat(result.flags()).hasSize(10_000);
    OwnershipPath last = result.flagsOn("Chain Company 10000").get(0).paths().get(0);
    assertThat(last.length()).isEqualTo(10_000);
    assertThat(last.listed().match().party().id()).isEqualTo("us-ofac-sdn:90001");
    // shared, not copied: the path to company 10000 is the path to company 9999 plus one edge
    assertThat(last.previous())
        .containsSame(result.flagsOn("Chain Company 9999").get(0).paths().get(0));
    assertThat(last.lastEdge().orElseThrow().source().toString()).isEqualTo("chain.csv:10001");
    assertThat(last.nodes())
        .hasSize(10_001)
        .startsWith("Viktor Sanctionov")
        .endsWith("Chain Company 10000");
  }

  @Test
  void aTenThousandEdgeParentChainUnderKasperskyIsFlaggedWithShortestSharedPaths() {
    OwnershipResult result = evaluate(chain("AO Kaspersky Lab", "parent-of", 10_000));
    List<OwnershipFlag> flags =
        result.flags().stream()
            .filter(flag -> flag.ruleId().equals("prohibited-vendor-affiliate"))
            .toList();
    assertThat(flags).hasSize(10_000);
    OwnershipPath last = result.flagsOn("Chain Company 10000").get(0).paths().get(0);
    assertThat(last.length()).isEqualTo(10_000);
    assertThat(last.previous())
        .containsSame(result.flagsOn("Chain Company 9999").get(0).paths().get(0));
  }

  @Test
  void aLongPathIsDescribedCompactlyWithItsListedStartAndLastSteps() {
    OwnershipResult result = evaluate(chain("Viktor Sanctionov", "owns", 50));
    OwnershipPath path = result.flagsOn("Chain Company 50").get(0).paths().get(0);
    assertThat(path.describe(3))
        .isEqualTo(
            "Viktor Sanctionov -[47 steps omitted]-> Chain Company 47 -[owns 60%]-> "
                + "Chain Company 48 -[owns 60%]-> Chain Company 49 -[owns 60%]-> Chain Company 50");
    assertThat(path.describe(50))
        .isEqualTo(path.describe())
        .startsWith("Viktor Sanctionov -[owns 60%]-> Chain Company 1 ");
    assertThat(path.lastEdges(3))
        .extracting(e -> e.source().toString())
        .containsExactly("chain.csv:49", "chain.csv:50", "chain.csv:51");
  }

  @Test
  void aGraphOverTheEdgeLimitIsRefusedNamingTheFileAndTheLine() {
    String csv = chain("Viktor Sanctionov", "owns", OwnershipGraph.MAX_EDGES + 1);
    assertThatThrownBy(() -> OwnershipCsv.read(new StringReader(csv), "huge.csv"))
        .isInstanceOf(UnreadableOwnershipException.class)
        .hasMessageContaining("huge.csv:" + (OwnershipGraph.MAX_EDGES + 2))
        .hasMessageContaining("more than " + OwnershipGraph.MAX_EDGES + " edges");
  }
}
