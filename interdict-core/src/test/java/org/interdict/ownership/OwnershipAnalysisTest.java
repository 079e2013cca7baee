package org.interdict.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.interdict.lists.ListLoader;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OwnershipAnalysisTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 10, 15);
  private static final ScreeningIndex INDEX = ScreeningIndex.build(lists());

  /**
   * The bundled curated snapshot (Kaspersky) plus two made-up SDN persons and a made-up Entity List
   * company.
   */
  private static List<Party> lists() {
    List<Party> parties = new ArrayList<>(ListLoader.bundled().parties());
    parties.add(
        party("us-ofac-sdn", "90001", PartyType.INDIVIDUAL, "SANCTIONOV, Viktor Arkadyevich"));
    parties.add(party("us-ofac-sdn", "90002", PartyType.INDIVIDUAL, "BLOKHIN, Oleg Timurovich"));
    parties.add(
        party(
            "us-csl/entity-list", "el-1", PartyType.ENTITY, "Zenith Precision Machinery Company"));
    return parties;
  }

  private static Party party(String list, String entry, PartyType type, String name) {
    return new Party(
        list + ":" + entry,
        type,
        name,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "",
        new SourceRef(list, entry, Optional.empty(), ""));
  }

  private static OwnershipResult evaluate(LocalDate asOf, String... rows) {
    String csv = "owner,owned,percent,relation,source\n" + String.join("\n", rows) + "\n";
    OwnershipGraph graph = OwnershipCsv.read(new StringReader(csv), "test.csv");
    return OwnershipAnalysis.of(OwnershipRules.bundled(), INDEX, ScreeningQuery.of(""))
        .evaluate(graph, asOf);
  }

  /** Flagged node to its aggregate percentage (-1 for a control chain), for one rule. */
  private static Map<String, Double> flagged(OwnershipResult result, String ruleId) {
    Map<String, Double> flagged = new TreeMap<>();
    for (OwnershipFlag flag : result.flags()) {
      if (flag.ruleId().equals(ruleId)) {
        flagged.put(flag.node(), flag.aggregatePercent().orElse(-1));
      }
    }
    return flagged;
  }

  static Stream<Arguments> ofacCases() {
    return Stream.of(
        Arguments.of(
            "two listed owners 25 + 25 = 50",
            List.of(
                "Viktor Arkadyevich Sanctionov,Target Trading Ltd,25,owns,reg-1",
                "Oleg Blokhin,Target Trading Ltd,25,owns,reg-2"),
            Map.of("Target Trading Ltd", 50.0)),
        Arguments.of(
            "24.9 + 25 = 49.9 is below the rule",
            List.of(
                "Viktor Arkadyevich Sanctionov,Target Trading Ltd,24.9,owns,",
                "Oleg Blokhin,Target Trading Ltd,25,owns,"),
            Map.of()),
        Arguments.of(
            "one listed owner at exactly 50",
            List.of("Viktor Sanctionov,Half Owned GmbH,50,owns,"),
            Map.of("Half Owned GmbH", 50.0)),
        Arguments.of(
            "indirect through a blocked subsidiary counts in full",
            List.of(
                "Viktor Sanctionov,Alpha Holding Ltd,50,owns,",
                "Alpha Holding Ltd,Beta Operating Ltd,60,owns,",
                "Beta Operating Ltd,Gamma Retail Ltd,50,owns,"),
            Map.of(
                "Alpha Holding Ltd", 50.0, "Beta Operating Ltd", 60.0, "Gamma Retail Ltd", 50.0)),
        Arguments.of(
            "a 40 % stake in an unblocked intermediate is not multiplied down",
            List.of(
                "Viktor Sanctionov,Minority Holding Ltd,40,owns,",
                "Minority Holding Ltd,Wholly Owned Ltd,100,owns,"),
            Map.of()),
        Arguments.of(
            "direct 30 plus 20 through a blocked subsidiary",
            List.of(
                "Viktor Sanctionov,Alpha Holding Ltd,70,owns,",
                "Viktor Sanctionov,Target Trading Ltd,30,owns,",
                "Alpha Holding Ltd,Target Trading Ltd,20,owns,"),
            Map.of("Alpha Holding Ltd", 70.0, "Target Trading Ltd", 50.0)),
        Arguments.of(
            "a cycle between two caught companies ends",
            List.of(
                "Viktor Sanctionov,Loop One Ltd,50,owns,",
                "Loop One Ltd,Loop Two Ltd,60,owns,",
                "Loop Two Ltd,Loop One Ltd,30,owns,"),
            Map.of("Loop One Ltd", 50.0, "Loop Two Ltd", 60.0)),
        Arguments.of(
            "a cycle with no listed owner catches nothing",
            List.of("Loop One Ltd,Loop Two Ltd,60,owns,", "Loop Two Ltd,Loop One Ltd,60,owns,"),
            Map.of()),
        Arguments.of(
            "an Entity List owner does not trigger the OFAC rule",
            List.of("Zenith Precision Machinery Co,Orbit Components Ltd,60,owns,"),
            Map.of()),
        Arguments.of(
            "a Kaspersky executive (OFAC, curated) counts as blocked",
            List.of("Andrei Gennadyevich Tikhonov,Tikhonov Family Office Ltd,51,owns,"),
            Map.of("Tikhonov Family Office Ltd", 51.0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ofacCases")
  void ofacFiftyPercentRule(String name, List<String> rows, Map<String, Double> expected) {
    OwnershipResult result = evaluate(AS_OF, rows.toArray(new String[0]));
    assertThat(flagged(result, "ofac-50-percent")).isEqualTo(new TreeMap<>(expected));
  }

  @Test
  void flagsCarryThePathWithEdgesSourcesAndTheMatchedParty() {
    OwnershipResult result =
        evaluate(
            AS_OF,
            "Viktor Sanctionov,Alpha Holding Ltd,50,owns,registry 2024",
            "Alpha Holding Ltd,Beta Operating Ltd,60,owns,annual report");
    OwnershipFlag beta = result.flagsOn("Beta Operating Ltd").get(0);
    OwnershipPath path = beta.paths().get(0);
    assertThat(path.nodes())
        .containsExactly("Viktor Sanctionov", "Alpha Holding Ltd", "Beta Operating Ltd");
    assertThat(path.edges())
        .extracting(OwnershipEdge::reference)
        .containsExactly("registry 2024", "annual report");
    assertThat(path.edges())
        .extracting(e -> e.source().toString())
        .containsExactly("test.csv:2", "test.csv:3");
    assertThat(path.listed().match().party().id()).isEqualTo("us-ofac-sdn:90001");
    assertThat(path.listed().match().score())
        .isGreaterThanOrEqualTo(ScreeningQuery.DEFAULT_MIN_SCORE);
    assertThat(path.describe())
        .isEqualTo(
            "Viktor Sanctionov -[owns 50%]-> Alpha Holding Ltd -[owns 60%]-> Beta Operating Ltd");
    assertThat(beta.citations()).anyMatch(c -> c.contains("2014"));
  }

  @Test
  void aggregateFlagHasOnePathPerContributingOwner() {
    OwnershipResult result =
        evaluate(
            AS_OF,
            "Viktor Sanctionov,Target Trading Ltd,25,owns,",
            "Oleg Blokhin,Target Trading Ltd,25,owns,");
    assertThat(result.flagsOn("Target Trading Ltd").get(0).paths())
        .extracting(p -> p.listed().match().party().id())
        .containsExactly("us-ofac-sdn:90001", "us-ofac-sdn:90002");
  }

  static Stream<Arguments> bisDates() {
    return Stream.of(
        Arguments.of(LocalDate.of(2025, 9, 28), false),
        Arguments.of(LocalDate.of(2025, 9, 29), true),
        Arguments.of(LocalDate.of(2025, 11, 9), true),
        Arguments.of(LocalDate.of(2025, 11, 10), false),
        Arguments.of(LocalDate.of(2026, 11, 9), false),
        Arguments.of(LocalDate.of(2026, 11, 10), true),
        Arguments.of(LocalDate.of(2026, 12, 1), true));
  }

  @ParameterizedTest(name = "as of {0}: in force {1}")
  @MethodSource("bisDates")
  void bisAffiliatesRuleFollowsItsEffectivePeriods(LocalDate asOf, boolean inForce) {
    OwnershipResult result =
        evaluate(
            asOf,
            "Zenith Precision Machinery Co,Orbit Components Ltd,60,owns,",
            "Orbit Components Ltd,Orbit Service Ltd,50,owns,");
    RuleOutcome outcome =
        result.rules().stream()
            .filter(r -> r.ruleId().equals("bis-affiliates-50-percent"))
            .findFirst()
            .orElseThrow();
    assertThat(outcome.status())
        .isEqualTo(inForce ? RuleOutcome.EVALUATED : RuleOutcome.NOT_IN_FORCE);
    assertThat(flagged(result, "bis-affiliates-50-percent").keySet())
        .isEqualTo(inForce ? Set.of("Orbit Components Ltd", "Orbit Service Ltd") : Set.of());
    if (!inForce) {
      assertThat(outcome.reason()).contains("2025-09-29").contains("2026-11-10");
    }
  }

  static Stream<Arguments> kasperskyCases() {
    List<String> graph =
        List.of(
            "Crimson Parent Holdings,Granite Mid Holdings,,parent-of,",
            "Granite Mid Holdings,Basalt Holdings,100,owns,",
            "AO Kaspersky Lab,Basalt Holdings,,subsidiary-of,",
            "AO Kaspersky Lab,Northwind Software Ltd,,parent-of,",
            "Bluefin Systems GmbH,Northwind Software Ltd,,subsidiary-of,",
            "Bluefin Systems GmbH,Tundra Data Inc,75,owns,",
            "Basalt Holdings,Sibling Ventures Ltd,,parent-of,",
            "Minority Investor LLC,AO Kaspersky Lab,10,owns,",
            "Bluefin Systems GmbH,Small Stake Ltd,20,owns,",
            "AO Kaspersky Lab,Partner Reseller Ltd,,affiliate-of,");
    return Stream.of(
        Arguments.of(graph, "Crimson Parent Holdings", true, 3),
        Arguments.of(graph, "Granite Mid Holdings", true, 2),
        Arguments.of(graph, "Basalt Holdings", true, 1),
        Arguments.of(graph, "Tundra Data Inc", true, 3),
        Arguments.of(graph, "Partner Reseller Ltd", true, 1),
        Arguments.of(graph, "Sibling Ventures Ltd", false, 0),
        Arguments.of(graph, "Minority Investor LLC", false, 0),
        Arguments.of(graph, "Small Stake Ltd", false, 0));
  }

  @ParameterizedTest(name = "{1}: flagged {2}, {3} hops")
  @MethodSource("kasperskyCases")
  void kasperskyParentsSubsidiariesAndAffiliatesAtAnyDepth(
      List<String> rows, String node, boolean flaggedExpected, int hops) {
    OwnershipResult result = evaluate(AS_OF, rows.toArray(new String[0]));
    List<OwnershipFlag> flags =
        result.flagsOn(node).stream()
            .filter(f -> f.ruleId().equals("prohibited-vendor-affiliate"))
            .toList();
    assertThat(!flags.isEmpty()).isEqualTo(flaggedExpected);
    if (flaggedExpected) {
      OwnershipPath path = flags.get(0).paths().get(0);
      assertThat(path.edges()).hasSize(hops);
      assertThat(path.listed().match().party().id())
          .isEqualTo("interdict-curated:ao-kaspersky-lab");
      assertThat(flags.get(0).aggregatePercent()).isEmpty();
    }
  }

  @Test
  void kasperskyRuleIsNotInForceBeforeTheDetermination() {
    OwnershipResult result =
        evaluate(LocalDate.of(2024, 1, 1), "AO Kaspersky Lab,Northwind Software Ltd,,parent-of,");
    assertThat(flagged(result, "prohibited-vendor-affiliate")).isEmpty();
  }

  @Test
  void cyclesSelfOwnershipAndOverAllocationAreReportedNotFatal() {
    OwnershipResult result =
        evaluate(
            AS_OF,
            "Viktor Sanctionov,Loop One Ltd,80,owns,",
            "Loop One Ltd,Loop Two Ltd,70,owns,",
            "Loop Two Ltd,Loop One Ltd,40,owns,",
            "Loop Two Ltd,Loop Two Ltd,10,owns,");
    assertThat(result.issues())
        .extracting(GraphIssue::issueId)
        .contains("self-ownership", "ownership-cycle", "over-100-percent");
    assertThat(result.issues())
        .filteredOn(i -> i.issueId().equals("self-ownership"))
        .extracting(i -> i.location().toString())
        .containsExactly("test.csv:5");
    assertThat(flagged(result, "ofac-50-percent").keySet())
        .containsExactly("Loop One Ltd", "Loop Two Ltd");
  }
}
