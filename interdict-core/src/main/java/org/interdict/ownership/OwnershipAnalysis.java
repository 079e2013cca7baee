package org.interdict.ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;

/**
 * Applies ownership rules to a graph: every node is screened once through the normal screening
 * index, the nodes matching a rule's seed lists start it, and the rule's {@link
 * OwnershipRule.Method} extends the listing through the edges. Rules not in force on the as-of date
 * are reported as {@code not-in-force}, not applied. Thread-safe when the screener is.
 */
public final class OwnershipAnalysis {
  private final OwnershipRules rules;
  private final Function<String, ScreeningResult> screener;

  public OwnershipAnalysis(OwnershipRules rules, Function<String, ScreeningResult> screener) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.screener = Objects.requireNonNull(screener, "screener");
  }

  /**
   * Screens nodes with {@code index} and the query settings (filter, minimum score, limit) of
   * {@code template}.
   */
  public static OwnershipAnalysis of(
      OwnershipRules rules, ScreeningIndex index, ScreeningQuery template) {
    return new OwnershipAnalysis(rules, name -> index.screen(template.withName(name)));
  }

  public OwnershipResult evaluate(OwnershipGraph graph, LocalDate asOf) {
    Map<String, ScreeningResult> screened = new LinkedHashMap<>();
    List<ListedNode> listed = new ArrayList<>();
    for (String node : graph.nodes()) {
      ScreeningResult result = screener.apply(node);
      screened.put(node, result);
      if (!result.matches().isEmpty()) {
        listed.add(new ListedNode(node, result.matches().get(0)));
      }
    }
    List<RuleOutcome> outcomes = new ArrayList<>();
    List<OwnershipFlag> flags = new ArrayList<>();
    for (OwnershipRule rule : rules.rules()) {
      if (!rule.inForce(asOf)) {
        outcomes.add(
            new RuleOutcome(
                rule.id(),
                RuleOutcome.NOT_IN_FORCE,
                "not in force on " + asOf + "; in force " + rule.inForce(),
                0));
        continue;
      }
      Map<String, ListedNode> seeds = new LinkedHashMap<>();
      screened.forEach(
          (node, result) ->
              seedMatch(rule, result).ifPresent(m -> seeds.put(node, new ListedNode(node, m))));
      List<OwnershipFlag> ruleFlags =
          rule.method() == OwnershipRule.Method.AGGREGATE_OWNERSHIP
              ? AggregateOwnership.flags(graph, rule, seeds)
              : ControlChain.flags(graph, rule, seeds);
      outcomes.add(
          new RuleOutcome(
              rule.id(),
              RuleOutcome.EVALUATED,
              seeds.size() + " listed node(s) seed the rule",
              ruleFlags.size()));
      flags.addAll(ruleFlags);
    }
    return new OwnershipResult(asOf, rules.version(), outcomes, listed, flags, graph.issues());
  }

  /** The best match of a node that belongs to the rule's seed lists. */
  private static Optional<Match> seedMatch(OwnershipRule rule, ScreeningResult result) {
    return result.matches().stream().filter(match -> rule.seeds(match.party())).findFirst();
  }
}
