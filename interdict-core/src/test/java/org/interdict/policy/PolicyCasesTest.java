package org.interdict.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.interdict.catalog.Catalog;
import org.interdict.catalog.CatalogLoader;
import org.interdict.catalog.Product;
import org.interdict.catalog.Regime;
import org.interdict.detection.CaseTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of policy-cases.csv: each regime for each profile, the day before and the day each
 * phase starts, exclusions, installed and integrated, written from the legal facts independently of
 * this code.
 */
class PolicyCasesTest {
  private static final Catalog CATALOG = CatalogLoader.bundled();
  private static final PolicyEvaluator POLICY = new PolicyEvaluator(CATALOG);

  static Stream<Arguments> cases() {
    return CaseTables.read("/catalog/policy-cases.csv").stream()
        .map(row -> Arguments.of(row.get("case"), row));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void statusAndDeadlineAsOfTheDate(String name, Map<String, String> row) {
    Regime regime = CATALOG.regime(row.get("regime")).orElseThrow();
    Product product = CATALOG.product(row.get("product")).orElseThrow();

    RegimeOutcome outcome =
        POLICY.evaluate(
            regime,
            product,
            row.get("context"),
            row.get("profile"),
            LocalDate.parse(row.get("as_of")));

    String status =
        outcome.status() == Status.PROHIBITED_FROM
            ? "prohibited-from:" + outcome.effectiveFrom().orElseThrow()
            : outcome.status().id();
    assertThat(status).as(outcome.reason()).isEqualTo(row.get("expected_status"));
    String deadline = outcome.deadline().map(LocalDate::toString).orElse("");
    assertThat(deadline).isEqualTo(row.get("expected_deadline"));
  }
}
