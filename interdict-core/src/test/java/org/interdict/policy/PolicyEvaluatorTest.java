package org.interdict.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.interdict.catalog.Catalog;
import org.interdict.catalog.CatalogLoader;
import org.interdict.catalog.Product;
import org.interdict.catalog.Regime;
import org.junit.jupiter.api.Test;

/**
 * What policy-cases.csv cannot show: the open question of a review, the note on facts verified
 * earlier than the evaluation date, the terms of a prohibition whose reporting window changed
 * (issue 13), per-vendor obligations.
 */
class PolicyEvaluatorTest {
  private static final Catalog CATALOG = CatalogLoader.bundled();
  private static final PolicyEvaluator POLICY = new PolicyEvaluator(CATALOG);

  @Test
  void openCoverageIsReviewWithTheQuestionAndTheSourcesOnEachSide() {
    RegimeOutcome outcome =
        evaluate(
            "us-icts-kaspersky-2024",
            "kaspersky-incident-response",
            "installed",
            "us-person",
            "2025-01-15");

    assertThat(outcome.status()).isEqualTo(Status.REVIEW);
    assertThat(outcome.statusText()).isEqualTo("review");
    assertThat(outcome.review()).isPresent();
    assertThat(outcome.review().get().question()).contains("purely informational");
    assertThat(outcome.review().get().sourcesForCoverage()).isNotEmpty();
    assertThat(outcome.review().get().sourcesAgainstCoverage())
        .anyMatch(s -> s.contains("Incident Response"));
    assertThat(outcome.reason())
        .startsWith("coverage is open, ask counsel: ")
        .contains("If it is covered: prohibited (prohibited since 2024-09-29)");
    assertThat(outcome.action())
        .startsWith("Coverage is open: ask counsel. " + outcome.review().get().question())
        .endsWith(
            "If it is covered: Replace the product with another vendor's; do not resell or relicense it.");
    assertThat(outcome.obligationId()).contains("no-updates-resale-integration");
    assertThat(outcome.deadline()).contains(LocalDate.parse("2024-09-29"));
  }

  @Test
  void reviewDoesNotOverrideTheProfileOrTheContext() {
    assertThat(
            evaluate(
                    "us-icts-kaspersky-2024",
                    "kaspersky-incident-response",
                    "installed",
                    "non-us",
                    "2025-01-15")
                .status())
        .isEqualTo(Status.NOT_COVERED);
    assertThat(
            evaluate(
                    "us-icts-kaspersky-2024", "kasperskyos", "installed", "us-person", "2025-01-15")
                .status())
        .isEqualTo(Status.NOT_COVERED);
    assertThat(
            evaluate(
                    "us-icts-kaspersky-2024",
                    "kasperskyos",
                    "integrated",
                    "us-person",
                    "2025-01-15")
                .status())
        .isEqualTo(Status.REVIEW);
  }

  @Test
  void evaluationAfterTheDayFactsWereVerifiedSaysSoInActionAndReason() {
    Regime regime = CATALOG.regime("us-icts-kaspersky-2024").orElseThrow();
    LocalDate later = regime.verifiedAsOf().plusDays(1);

    RegimeOutcome outcome =
        POLICY.evaluate(regime, product("kaspersky-anti-virus"), "installed", "us-person", later);

    String note =
        "[facts verified as of "
            + regime.verifiedAsOf()
            + "; this evaluation is as of "
            + later
            + ", later: check us-icts-kaspersky-2024's sources for changes since]";
    assertThat(outcome.factsMayBeOutdated()).isTrue();
    assertThat(outcome.factsVerifiedAsOf()).isEqualTo(regime.verifiedAsOf());
    assertThat(outcome.action()).endsWith(note);
    assertThat(outcome.reason()).endsWith(note);
    assertThat(outcome.status()).isEqualTo(Status.PROHIBITED);
  }

  @Test
  void notCoveredOutcomesCarryTheNoteToo() {
    Regime regime = CATALOG.regime("us-icts-kaspersky-2024").orElseThrow();

    RegimeOutcome outcome =
        POLICY.evaluate(
            regime,
            product("kaspersky-threat-intelligence"),
            "installed",
            "us-person",
            regime.verifiedAsOf().plusYears(1));

    assertThat(outcome.status()).isEqualTo(Status.NOT_COVERED);
    assertThat(outcome.action())
        .startsWith("No action required by this regime.")
        .contains("facts verified as of");
  }

  @Test
  void evaluationOnOrBeforeTheVerificationDayHasNoNote() {
    Regime regime = CATALOG.regime("us-icts-kaspersky-2024").orElseThrow();

    RegimeOutcome outcome =
        POLICY.evaluate(
            regime,
            product("kaspersky-anti-virus"),
            "installed",
            "us-person",
            regime.verifiedAsOf());

    assertThat(outcome.factsMayBeOutdated()).isFalse();
    assertThat(outcome.action()).doesNotContain("facts verified as of");
    assertThat(outcome.reason()).isEqualTo("prohibited since 2024-09-29");
  }

  @Test
  void far52204Dash23ReportingWindowIsOneBusinessDayUntilFac2023Dash06() {
    RegimeOutcome before =
        evaluate(
            "us-far-52-204-23",
            "kaspersky-anti-virus",
            "installed",
            "us-federal-contractor",
            "2023-12-03");
    RegimeOutcome after =
        evaluate(
            "us-far-52-204-23",
            "kaspersky-anti-virus",
            "installed",
            "us-federal-contractor",
            "2023-12-04");

    assertThat(before.obligationId()).contains("no-covered-article-1-day-report");
    assertThat(before.requirement())
        .contains("within 1 business day")
        .doesNotContain("3 business days");
    assertThat(before.reason()).isEqualTo("prohibited since 2018-10-01");
    assertThat(after.obligationId()).contains("no-covered-article");
    assertThat(after.requirement()).contains("within 3 business days");
    assertThat(after.reason())
        .isEqualTo("prohibited since 2018-10-01, on the terms in force since 2023-12-04");
    assertThat(after.effectiveFrom()).contains(LocalDate.parse("2018-10-01"));
    assertThat(after.citation()).contains("88 FR 69503");
  }

  @Test
  void obligationLimitedToSomeVendorsLeavesTheOthersToTheirOwnDates() {
    RegimeOutcome deepseekBefore =
        evaluate(
            "us-tx-prohibited-technologies",
            "deepseek-app",
            "installed",
            "us-state-agency",
            "2024-06-01");
    RegimeOutcome tiktok =
        evaluate(
            "us-tx-prohibited-technologies",
            "tiktok",
            "installed",
            "us-state-agency",
            "2024-06-01");

    assertThat(deepseekBefore.status()).isEqualTo(Status.PROHIBITED_FROM);
    assertThat(deepseekBefore.obligationId()).contains("deepseek-proclamation");
    assertThat(tiktok.status()).isEqualTo(Status.PROHIBITED);
    assertThat(tiktok.obligationId()).contains("tiktok-directive");
  }

  private static RegimeOutcome evaluate(
      String regime, String product, String context, String profile, String asOf) {
    return POLICY.evaluate(
        CATALOG.regime(regime).orElseThrow(),
        product(product),
        context,
        profile,
        LocalDate.parse(asOf));
  }

  private static Product product(String id) {
    return CATALOG.product(id).orElseThrow();
  }
}
