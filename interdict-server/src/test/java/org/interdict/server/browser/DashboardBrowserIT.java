package org.interdict.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.interdict.server.InterdictServer;
import org.interdict.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard in headless Debian Chromium against the real server (port 0, SQLite in a temp dir):
 * sign in with the initial admin key, screen names from the bundled curated list, record a decision
 * and find it in the audit log, upload the sample fleet and see its findings. Skipped when chromium
 * or chromedriver is not installed.
 */
class DashboardBrowserIT {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir static Path dataDir;

  private static InterdictServer server;
  private static ChromeDriver driver;
  private static String baseUrl;
  private static String adminKey;

  private BrowserWait wait;

  @BeforeAll
  static void startServerAndBrowser() {
    driver = Chromium.start("DashboardBrowserIT");
    server = InterdictServer.start(ServerConfig.of(0, dataDir));
    baseUrl = "http://127.0.0.1:" + server.port() + "/";
    adminKey = server.initialAdminKey().orElseThrow();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  @BeforeEach
  void signIn() {
    wait = new BrowserWait(driver, WAIT);
    Chromium.signIn(driver, wait, baseUrl, adminKey);
    assertThat(driver.findElement(By.cssSelector(".who-name")).getText())
        .isEqualTo("initial-admin");
  }

  /**
   * Script errors fail the test; failed requests (a 401 before sign-in, a rejected key) are
   * expected.
   */
  @AfterEach
  void noScriptErrors() {
    List<String> errors = Chromium.scriptErrors(driver);
    assertThat(errors).as("browser console errors").isEmpty();
  }

  @Test
  void aWrongKeyShowsTheServersProblemDetail() {
    driver.findElement(By.id("sign-out")).click();
    WebElement key = wait.visible(By.id("api-key"));
    key.sendKeys("not-a-key");
    driver.findElement(By.id("sign-in")).click();
    WebElement alert = wait.visible(By.cssSelector("#login-form .alert-error"));
    assertThat(alert.getText()).containsIgnoringCase("key");
    assertThat(driver.findElements(By.id("content"))).isEmpty();
  }

  @Test
  void theOpenHitsCardOpensTheQueueWhereABulkDecisionClearsAHitThatReopensWhenItsEntryChanges()
      throws Exception {
    screen("Anton Mikhaylovich Ivanov");
    wait.visible(
        By.cssSelector(".match[data-party-id='interdict-curated:ivanov-anton-mikhaylovich']"));
    String screeningId =
        driver.findElement(By.id("screen-results")).getAttribute("data-screening-id");
    String queueId = screeningId + "|interdict-curated:ivanov-anton-mikhaylovich";
    driver.findElement(By.id("nav-overview")).click();
    wait.visible(By.id("stat-open-hits")).click();
    wait.urlContains("#/queue");
    By row = By.cssSelector("#queue-results tr[data-queue-id='" + queueId + "']");
    WebElement hit = wait.visible(row);
    assertThat(hit.getText())
        .contains("Anton Mikhaylovich Ivanov")
        .contains("RUSSIA-EO14024")
        .contains("Open");

    hit.findElement(By.cssSelector("button.explain")).click();
    WebElement detail =
        wait.visible(
            By.cssSelector(
                "#queue-results tr[data-queue-id='"
                    + queueId
                    + "'] + tr.detail-row .queue-detail"));
    assertThat(detail.findElements(By.cssSelector("table.score-parts tr"))).isNotEmpty();
    assertThat(detail.getText()).contains("entry sha256").contains("initial-admin");
    screenshot("dashboard-queue");

    hit.findElement(By.cssSelector("input.queue-select")).click();
    assertThat(driver.findElement(By.id("queue-selected")).getText()).isEqualTo("1 selected");
    driver.findElement(By.cssSelector("#bulk-decision option[value='false-positive']")).click();
    String comment = "born 1970, not the listed CTO (browser test)";
    driver.findElement(By.id("bulk-comment")).sendKeys(comment);
    driver.findElement(By.id("bulk-decide")).click();
    assertThat(wait.visible(By.cssSelector("#bulk-status .ok-text")).getText())
        .isEqualTo("1 decision recorded.");
    wait.until("the decided hit to leave the queue", d -> d.findElements(row).isEmpty());

    // The list entry changes (its stored hash no longer equals the one decided on): the hit is
    // back, reopened.
    try (Connection c =
        DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("interdict.db"))) {
      c.createStatement()
          .executeUpdate(
              "UPDATE screening_hits SET entry_hash = 'entry-changed' WHERE screening_id = '"
                  + screeningId
                  + "'");
    }
    driver.navigate().refresh();
    WebElement back =
        wait.visible(
            By.cssSelector(
                "#queue-results tr[data-queue-id='" + queueId + "'][data-reopened='true']"));
    assertThat(back.getText())
        .contains("Reopened")
        .contains("false-positive")
        .contains("initial-admin");

    driver.findElement(By.id("nav-audit")).click();
    wait.visible(By.id("audit-action"))
        .findElement(By.cssSelector("option[value='review-recorded']"))
        .click();
    driver.findElement(By.cssSelector("#audit-filters button[type=submit]")).click();
    List<WebElement> rows = onlyRows("#audit-results tbody tr", "data-action", "review-recorded");
    assertThat(rows)
        .extracting(WebElement::getText)
        .anySatisfy(text -> assertThat(text).contains(comment));
  }

  @Test
  void theEvidencePackOfAScreeningOpensAsAPageWithItsDecision() throws Exception {
    screen("Daniil Sergeyevich Borshchev");
    WebElement match =
        wait.visible(
            By.cssSelector(
                ".match[data-party-id='interdict-curated:borshchev-daniil-sergeyevich']"));
    match.findElement(By.cssSelector("select.decision-select option[value='true-match']")).click();
    match
        .findElement(By.cssSelector("textarea.decision-comment"))
        .sendKeys("deputy CEO, confirmed");
    match.findElement(By.cssSelector(".review-form button[type=submit]")).click();
    wait.visible(
        By.cssSelector(
            ".match[data-party-id='interdict-curated:borshchev-daniil-sergeyevich'] .review-line"));
    String href = driver.findElement(By.id("screen-evidence")).getAttribute("href");
    String dashboard = driver.getWindowHandle();
    driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    try {
      driver.get(href);
      WebElement json = wait.present(By.id("evidence-json"));
      assertThat(driver.getTitle()).startsWith("Interdict evidence: screening s-");
      String page = driver.findElement(By.tagName("body")).getText();
      assertThat(page)
          .contains("Daniil Sergeyevich Borshchev")
          .contains("deputy CEO, confirmed")
          .contains("interdict-curated")
          .contains("indexVersion")
          .contains("scoreParts");
      assertThat(driver.findElements(By.tagName("script"))).isEmpty();
      com.fasterxml.jackson.databind.JsonNode pack =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.getText());
      assertThat(pack.get("decisions").get(0).get("reviewer").asText()).isEqualTo("initial-admin");
      assertThat(pack.get("hits").get(0).get("entryHash").asText()).hasSize(64);
      screenshot("dashboard-evidence");
    } finally {
      driver.close();
      driver.switchTo().window(dashboard);
    }
  }

  @Test
  void theScreeningHistoryFindsAScreeningByNameAndOutcome() throws Exception {
    screen("Kirill Aleksandrovich Astrakhan");
    wait.visible(
        By.cssSelector(
            ".match[data-party-id='interdict-curated:astrakhan-kirill-aleksandrovich']"));
    String id = driver.findElement(By.id("screen-results")).getAttribute("data-screening-id");
    driver.findElement(By.id("nav-history")).click();
    wait.visible(By.id("history-name")).sendKeys("astrakhan");
    driver.findElement(By.cssSelector("#history-outcome option[value='match']")).click();
    driver.findElement(By.cssSelector("#history-filters button[type=submit]")).click();
    WebElement row =
        wait.visible(By.cssSelector("#history-results tr[data-screening-id='" + id + "']"));
    assertThat(row.getText())
        .contains("Kirill Aleksandrovich Astrakhan")
        .contains("initial-admin")
        .contains("1 match");
    assertThat(driver.getCurrentUrl())
        .as("screened names stay out of the address bar")
        .doesNotContain("astrakhan");
    assertThat(row.findElement(By.linkText("Evidence")).getAttribute("href"))
        .contains("/api/v1/evidence/screenings/" + id);
    screenshot("dashboard-history");
    driver.findElement(By.cssSelector("#history-outcome option[value='no-match']")).click();
    driver.findElement(By.cssSelector("#history-filters button[type=submit]")).click();
    wait.until(
        "the matched screening to leave the list",
        d ->
            d.findElements(By.cssSelector("#history-results tr[data-screening-id='" + id + "']"))
                .isEmpty());
  }

  @Test
  void theListsPageShowsTheListsInForceAndAnAdminReloadsThem() throws Exception {
    driver.findElement(By.id("nav-lists")).click();
    WebElement curated =
        wait.visible(By.cssSelector("#lists-body tr[data-list-id='interdict-curated']"));
    assertThat(curated.getText()).contains("2024-06-24").contains("15").contains("complete");
    assertThat(driver.findElement(By.id("lists-source")).getText()).contains("bundled");
    driver.findElement(By.id("lists-reload")).click();
    assertThat(wait.visible(By.id("lists-outcome")).getText()).contains("Nothing changed.");
    screenshot("dashboard-lists");
  }

  @Test
  void fourEyesADecisionWaitsUntilASecondUserApprovesIt() throws Exception {
    String maker =
        apiPost("/api/v1/keys", "{\"name\": \"maker-browser\", \"role\": \"analyst\"}")
            .get("key")
            .asText();
    String checker =
        apiPost("/api/v1/keys", "{\"name\": \"checker-browser\", \"role\": \"approver\"}")
            .get("key")
            .asText();
    apiPost("/api/v1/settings/four-eyes", "{\"decisions\": [\"false-positive\", \"true-match\"]}");
    try {
      signInAs(maker, "maker-browser");
      screen("Igor Gennadyevich Chekunov");
      wait.visible(
          By.cssSelector(".match[data-party-id='interdict-curated:chekunov-igor-gennadyevich']"));
      String queueId =
          driver.findElement(By.id("screen-results")).getAttribute("data-screening-id")
              + "|interdict-curated:chekunov-igor-gennadyevich";
      By row = By.cssSelector("#queue-results tr[data-queue-id='" + queueId + "']");
      driver.findElement(By.id("nav-queue")).click();
      wait.visible(row).findElement(By.cssSelector("input.queue-select")).click();
      driver.findElement(By.cssSelector("#bulk-decision option[value='false-positive']")).click();
      driver.findElement(By.id("bulk-comment")).sendKeys("other Igor Chekunov, per passport");
      driver.findElement(By.id("bulk-decide")).click();
      WebElement pending =
          wait.visible(
              By.cssSelector(
                  "#queue-results tr[data-queue-id='" + queueId + "'][data-pending='true']"));
      assertThat(pending.getText())
          .contains("Awaiting approval")
          .contains("false-positive by maker-browser");
      assertThat(pending.findElements(By.cssSelector("button.approve")))
          .as("an analyst cannot approve")
          .isEmpty();

      signInAs(checker, "checker-browser");
      driver.get(baseUrl + "#/queue?state=pending");
      WebElement toApprove =
          wait.visible(
              By.cssSelector(
                  "#queue-results tr[data-queue-id='" + queueId + "'][data-pending='true']"));
      screenshot("dashboard-queue-approval");
      toApprove.findElement(By.cssSelector(".approval-comment")).sendKeys("passport checked");
      toApprove.findElement(By.cssSelector("button.approve")).click();
      wait.until("the approved hit to leave the queue", d -> d.findElements(row).isEmpty());

      driver.findElement(By.id("nav-audit")).click();
      wait.visible(By.id("audit-action"));
      wait.until(
          "the approval in the audit log",
          d ->
              d.findElements(By.cssSelector("#audit-results tbody tr")).stream()
                  .anyMatch(
                      r ->
                          r.getText().contains("review-approved")
                              && r.getText().contains("passport checked")
                              && r.getText().contains("checker-browser")));
    } finally {
      apiPost("/api/v1/settings/four-eyes", "{\"decisions\": []}");
    }
  }

  private void signInAs(String key, String name) {
    driver.findElement(By.id("sign-out")).click();
    wait.visible(By.id("api-key")).sendKeys(key);
    driver.findElement(By.id("sign-in")).click();
    wait.until(
        "signed in as " + name,
        d ->
            d.findElements(By.cssSelector(".who-name")).stream()
                .anyMatch(e -> e.getText().equals(name)));
  }

  /** A POST with the admin key, outside the browser; answers the JSON body. */
  private static com.fasterxml.jackson.databind.JsonNode apiPost(String path, String json)
      throws Exception {
    java.net.http.HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl.replaceAll("/$", "") + path))
                    .header("Authorization", "Bearer " + adminKey)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
  }

  /**
   * Saves a PNG of the page to target/screenshots (docs/img copies are made from these, after a
   * look).
   */
  private static void screenshot(String name) throws java.io.IOException {
    Chromium.screenshot(driver, name);
  }

  @Test
  void theSignInPlaceholderShowsTheRealKeyPrefix() {
    driver.findElement(By.id("sign-out")).click();
    String placeholder = wait.visible(By.id("api-key")).getAttribute("placeholder");
    String prefix = adminKey.substring(0, adminKey.indexOf('_') + 1);
    assertThat(placeholder).isEqualTo(prefix + "…");
  }

  @Test
  void phonesScrollNoPageSidewaysOnTheScreeningResultAndFindings() {
    driver.manage().window().setSize(new Dimension(375, 812));
    try {
      screen("Kaspersky Labs Ltd");
      wait.visible(
          By.cssSelector(".match[data-party-id='interdict-curated:kaspersky-labs-limited']"));
      assertNoSidewaysScroll("the screening result");
      uploadSampleFleet().click();
      WebElement row = wait.visible(By.cssSelector("#findings-results tr[data-finding-id]"));
      row.findElement(By.cssSelector("button[aria-expanded]")).click();
      wait.visible(By.cssSelector("#findings-results tr.detail-row .finding-detail"));
      assertNoSidewaysScroll("the findings page with a finding opened");
    } finally {
      driver.manage().window().setSize(new Dimension(1400, 1000));
    }
  }

  private void assertNoSidewaysScroll(String what) {
    Chromium.assertNoSidewaysScroll(driver, what);
  }

  @Test
  void screeningFindsTheEntityListEntryAndTheDecisionReachesTheAuditLog() {
    screen("Kaspersky Labs Ltd");
    WebElement match =
        wait.visible(
            By.cssSelector(".match[data-party-id='interdict-curated:kaspersky-labs-limited']"));
    assertThat(match.findElement(By.cssSelector(".match-name")).getText())
        .isEqualTo("Kaspersky Labs Limited");
    assertThat(match.getText()).contains("entity-list");
    assertThat(match.findElements(By.cssSelector(".explanation table.mini tbody tr"))).isNotEmpty();

    match.findElement(By.cssSelector("select.decision-select option[value='true-match']")).click();
    String comment = "UK holding company of Kaspersky Lab, confirmed by the browser test";
    match.findElement(By.cssSelector("textarea.decision-comment")).sendKeys(comment);
    match.findElement(By.cssSelector(".review-form button[type=submit]")).click();
    WebElement recorded =
        wait.visible(
            By.cssSelector(
                ".match[data-party-id='interdict-curated:kaspersky-labs-limited'] .review-line"));
    assertThat(recorded.getAttribute("data-decision")).isEqualTo("true-match");
    assertThat(recorded.getText()).contains("initial-admin").contains(comment);

    // a later screening of the same name carries the decision forward onto the hit
    String firstScreening =
        driver.findElement(By.id("screen-results")).getAttribute("data-screening-id");
    assertThat(firstScreening).startsWith("s-");
    driver.findElement(By.id("screen-name")).clear();
    driver.findElement(By.id("screen-name")).sendKeys("Kaspersky Labs Ltd");
    driver.findElement(By.id("screen-submit")).click();
    wait.until(
        "a second screening",
        d -> {
          String id = d.findElement(By.id("screen-results")).getAttribute("data-screening-id");
          return id != null && id.startsWith("s-") && !id.equals(firstScreening);
        });
    WebElement carried =
        wait.until(
            "the hit to carry the decision",
            d ->
                d
                    .findElements(
                        By.cssSelector(
                            ".match[data-party-id='interdict-curated:kaspersky-labs-limited'] .review-line"))
                    .stream()
                    .filter(
                        line ->
                            line.getText().contains(comment)
                                && "true-match".equals(line.getAttribute("data-decision")))
                    .findFirst()
                    .orElse(null));
    assertThat(carried.getText()).startsWith("Decision");

    driver.findElement(By.id("nav-audit")).click();
    wait.visible(By.id("audit-action"))
        .findElement(By.cssSelector("option[value='review-recorded']"))
        .click();
    driver.findElement(By.cssSelector("#audit-filters button[type=submit]")).click();
    List<WebElement> rows = onlyRows("#audit-results tbody tr", "data-action", "review-recorded");
    assertThat(rows)
        .extracting(WebElement::getText)
        .anySatisfy(text -> assertThat(text).contains("initial-admin"));
  }

  @Test
  void aViewerKeyCreatedOnTheKeysPageSeesNoWriteControls() throws Exception {
    driver.findElement(By.id("nav-keys")).click();
    wait.visible(By.cssSelector("#keys-list tr[data-key-id]"));
    Chromium.screenshot(driver, "dashboard-keys");
    wait.visible(By.id("key-name")).sendKeys("auditor-browser-test");
    driver.findElement(By.cssSelector("#key-role option[value='viewer']")).click();
    driver.findElement(By.cssSelector("#key-form button[type=submit]")).click();
    String viewerKey = wait.visible(By.id("key-secret")).getText().strip();
    assertThat(viewerKey).isNotBlank().isNotEqualTo(adminKey);
    wait.until(
        "the new key in the list",
        d ->
            d.findElements(By.cssSelector("#keys-list tr[data-key-id]")).stream()
                .anyMatch(
                    row ->
                        row.getText().contains("auditor-browser-test")
                            && row.getText().contains("viewer")));

    driver.findElement(By.id("sign-out")).click();
    wait.visible(By.id("api-key")).sendKeys(viewerKey);
    driver.findElement(By.id("sign-in")).click();
    assertThat(wait.visible(By.cssSelector(".who-role")).getText()).isEqualToIgnoringCase("viewer");
    assertThat(driver.findElements(By.id("nav-keys"))).isEmpty();
    driver.findElement(By.id("nav-screening")).click();
    assertThat(wait.visible(By.id("screen-submit")).isEnabled()).isFalse();
    driver.findElement(By.id("nav-scans")).click();
    wait.visible(By.id("scan-jobs"));
    assertThat(driver.findElements(By.id("scan-form"))).isEmpty();
  }

  @Test
  void aDifferentNameFindsNothing() {
    screen("Kasparov Chess Foundation");
    WebElement count = wait.visible(By.cssSelector("#screen-results .match-count"));
    assertThat(count.getText()).isEqualTo("0 matches");
    assertThat(driver.findElements(By.cssSelector("#screen-results .match"))).isEmpty();
    assertThat(driver.findElement(By.cssSelector("#screen-results .empty-title")).getText())
        .isEqualTo("No match");
  }

  @Test
  void aNameWithMarkupIsShownAsText() {
    String name = "<img src=x onerror=document.title='owned'>Acme";
    screen(name);
    WebElement query = wait.visible(By.cssSelector("#screen-results .query-text"));
    assertThat(query.getText()).isEqualTo(name);
    assertThat(driver.findElements(By.cssSelector("#screen-results img"))).isEmpty();
    assertThat(driver.getTitle()).isNotEqualTo("owned");
  }

  @Test
  void uploadingTheSampleFleetShowsItsFindings() throws Exception {
    WebElement view = uploadSampleFleet();
    assertThat(
            driver
                .findElement(By.cssSelector("#scan-progress .job-progress"))
                .getAttribute("data-status"))
        .isEqualTo("completed");
    WebElement job = wait.visible(By.cssSelector("#scan-jobs tr[data-status='completed']"));
    assertThat(job.getText()).contains("fleet.osquery.json").contains("2024-10-01");

    view.click();
    wait.visible(By.cssSelector("#findings-results tr[data-finding-id]"));
    List<WebElement> rows =
        driver.findElements(By.cssSelector("#findings-results tr[data-finding-id]"));
    assertThat(rows)
        .extracting(WebElement::getText)
        .anySatisfy(
            text ->
                assertThat(text)
                    .contains("WS-FIN-0042")
                    .contains("Kaspersky Endpoint Security")
                    .contains("Prohibited"));
    assertThat(rows)
        .extracting(row -> row.getAttribute("data-status"))
        .contains("prohibited", "not-covered");
    assertThat(driver.findElement(By.id("findings-csv")).getAttribute("href"))
        .contains("/api/v1/findings.csv?scan=");
    Chromium.screenshot(driver, "dashboard-findings");

    driver.findElement(By.cssSelector("#filter-status option[value='not-covered']")).click();
    driver.findElement(By.cssSelector("#findings-filters button[type=submit]")).click();
    wait.urlContains("status=not-covered");
    onlyRows("#findings-results tr[data-finding-id]", "data-status", "not-covered");

    driver.findElement(By.id("nav-remediation")).click();
    wait.visible(By.id("rem-host")).sendKeys("WS-FIN-0042");
    driver.findElement(By.cssSelector("#remediation-filters button[type=submit]")).click();
    wait.urlContains("host=WS-FIN-0042");
    WebElement item =
        onlyRows("#remediation-results tr[data-item-id]", "data-state", "open").stream()
            .filter(row -> row.getText().contains("Kaspersky Endpoint Security"))
            .findFirst()
            .orElseThrow();
    String itemId = item.getAttribute("data-item-id");
    item.findElement(By.cssSelector(".transition-comment")).sendKeys("replacement ordered");
    item.findElement(By.cssSelector("button[data-transition='in-progress']")).click();
    WebElement moved =
        wait.visible(By.cssSelector("tr[data-item-id='" + itemId + "'][data-state='in-progress']"));
    moved.findElement(By.cssSelector("button[aria-expanded]")).click();
    assertThat(
            wait.visible(By.cssSelector("tr[data-item-id='" + itemId + "'] + tr.detail-row"))
                .getText())
        .contains("In progress")
        .contains("initial-admin")
        .contains("replacement ordered");
  }

  @Test
  void severalRemediationItemsMoveAtOnceWithOneCommentAuditedPerItem() throws Exception {
    uploadSampleFleet();
    Chromium.screenshot(driver, "dashboard-scans");
    driver.get(baseUrl + "#/remediation?state=open&regime=us-icts-kaspersky-2024");
    List<WebElement> open = onlyRows("#remediation-results tr[data-item-id]", "data-state", "open");
    assertThat(driver.findElement(By.id("rem-regime")).getAttribute("value"))
        .isEqualTo("us-icts-kaspersky-2024");
    assertThat(open)
        .extracting(WebElement::getText)
        .allSatisfy(text -> assertThat(text).contains("us-icts-kaspersky-2024"));
    List<WebElement> chosen =
        open.stream()
            .filter(
                row ->
                    row.getText().contains("MBP-DESIGN-03")
                        || row.getText().contains("srv-mail-01"))
            .toList();
    assertThat(chosen).hasSizeGreaterThanOrEqualTo(2);
    List<String> ids = chosen.stream().map(row -> row.getAttribute("data-item-id")).toList();
    chosen.forEach(row -> row.findElement(By.cssSelector("input.rem-select")).click());
    assertThat(driver.findElement(By.id("rem-selected")).getText())
        .isEqualTo(ids.size() + " selected");
    driver.findElement(By.cssSelector("#rem-bulk-state option[value='in-progress']")).click();
    driver.findElement(By.id("rem-bulk-comment")).sendKeys("bulk: change ticket 77");
    Chromium.screenshot(driver, "dashboard-remediation");
    driver.findElement(By.id("rem-bulk-move")).click();
    assertThat(wait.visible(By.cssSelector("#rem-bulk-status .ok-text")).getText())
        .isEqualTo(ids.size() + " items moved.");
    for (String id : ids) {
      wait.until(
          id + " gone from the open items",
          d -> d.findElements(By.cssSelector("tr[data-item-id='" + id + "']")).isEmpty());
    }
    driver.get(baseUrl + "#/remediation?state=in-progress");
    List<WebElement> moved =
        onlyRows("#remediation-results tr[data-item-id]", "data-state", "in-progress");
    assertThat(moved).extracting(row -> row.getAttribute("data-item-id")).containsAll(ids);

    driver.findElement(By.id("nav-audit")).click();
    wait.visible(By.id("audit-action"))
        .findElement(By.cssSelector("option[value='remediation-transition']"))
        .click();
    driver.findElement(By.cssSelector("#audit-filters button[type=submit]")).click();
    List<WebElement> rows =
        onlyRows("#audit-results tbody tr", "data-action", "remediation-transition");
    for (String id : ids) {
      assertThat(rows)
          .extracting(WebElement::getText)
          .anySatisfy(text -> assertThat(text).contains(id).contains("bulk: change ticket 77"));
    }
    Chromium.screenshot(driver, "dashboard-audit");

    driver.findElement(By.id("nav-overview")).click();
    wait.visible(By.id("chart-burndown"));
    Thread.sleep(1500); // for the screenshot only: Chart.js animates the bars in
    Chromium.screenshot(driver, "dashboard-overview");
  }

  @Test
  void aFourEyesDecisionOnTheScreeningResultShowsAsPendingApproval() throws Exception {
    apiPost("/api/v1/settings/four-eyes", "{\"decisions\": [\"false-positive\"]}");
    try {
      driver.findElement(By.id("nav-screening")).click();
      wait.visible(By.id("screen-name")).sendKeys("Denis Vladimirovich Zenkin");
      driver.findElement(By.cssSelector("#screen-features summary")).click();
      wait.visible(By.id("screen-country")).sendKeys("Russia");
      driver.findElement(By.cssSelector("#screen-party-type option[value='person']")).click();
      driver.findElement(By.id("screen-submit")).click();
      By card =
          By.cssSelector(".match[data-party-id='interdict-curated:zenkin-denis-vladimirovich']");
      WebElement match = wait.visible(card);
      for (String part : List.of("name", "birth-date", "country", "party-type", "identifier")) {
        assertThat(match.findElements(By.cssSelector("tr[data-part='" + part + "']")))
            .as("score part " + part)
            .hasSize(1);
      }
      match.findElement(By.cssSelector(".decision-select option[value='false-positive']")).click();
      match.findElement(By.cssSelector(".decision-comment")).sendKeys("other Denis Zenkin");
      match.findElement(By.cssSelector(".review-form button[type=submit]")).click();
      WebElement pending =
          wait.visible(By.cssSelector(".match .review-line[data-status='pending']"));
      assertThat(pending.getText()).contains("Pending approval").contains("approver");

      // and it waits in the queue for an approver
      driver.findElement(By.id("nav-queue")).click();
      wait.until(
          "the pending decision in the queue",
          d ->
              d.findElements(By.cssSelector("#queue-results tr[data-pending='true']")).stream()
                  .anyMatch(r -> r.getText().contains("Denis Vladimirovich Zenkin")));
    } finally {
      apiPost("/api/v1/settings/four-eyes", "{\"decisions\": []}");
    }
  }

  /**
   * Uploads examples/fleet.osquery.json as of 2024-10-01 on the Scans page; answers its "view
   * findings" link.
   */
  private WebElement uploadSampleFleet() {
    driver.findElement(By.id("nav-scans")).click();
    WebElement file = wait.present(By.id("scan-file"));
    file.sendKeys(sampleFleet().toString());
    WebElement asOf = driver.findElement(By.id("scan-as-of"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2024-10-01'", asOf);
    driver.findElement(By.id("scan-submit")).click();
    return wait.visible(By.id("scan-view-findings"));
  }

  /**
   * Waits until the table shows rows and every one has the attribute value (the old rows are gone).
   */
  private List<WebElement> onlyRows(String rowSelector, String attribute, String value) {
    return wait.until(
        rowSelector + " to show only " + attribute + "=" + value,
        d -> {
          List<WebElement> rows = d.findElements(By.cssSelector(rowSelector));
          boolean only =
              !rows.isEmpty()
                  && rows.stream().allMatch(row -> value.equals(row.getAttribute(attribute)));
          return only ? rows : null;
        });
  }

  private void screen(String name) {
    driver.findElement(By.id("nav-screening")).click();
    WebElement input = wait.visible(By.id("screen-name"));
    input.sendKeys(name);
    driver.findElement(By.id("screen-submit")).click();
  }

  /** examples/fleet.osquery.json at the root of the repository (tests run in the module folder). */
  private static Path sampleFleet() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("examples/fleet.osquery.json"))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as("examples/fleet.osquery.json above %s", Path.of("").toAbsolutePath())
        .isNotNull();
    return dir.resolve("examples/fleet.osquery.json");
  }
}
