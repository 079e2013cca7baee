package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.diff.ListDiff;
import org.interdict.lists.diff.ListDiffer;
import org.interdict.model.BirthDate;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.screening.ScreeningIndex;
import org.interdict.server.browser.BrowserWait;
import org.interdict.server.browser.Chromium;
import org.interdict.server.lists.ListsOptions;
import org.interdict.server.lists.ListsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The case-work pages in headless Chromium against a real server whose lists are two real OFAC SDN
 * weeks (2024-04-26, then 2024-05-03) served by a loopback "official source": stored parties
 * uploaded as a CSV with a column mapping and searched, the re-screen run after the second week
 * with its hits leading into the queue, the diff of the two snapshots, a screening with a date of
 * birth that shows the birth-date score part, and the ownership graph with its flag path and a node
 * clicked. Skipped when chromium or the shared SDN files are absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserIT {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private LoopbackServers loopback;
  private TestClock clock;
  private InterdictServer server;
  private ChromeDriver driver;
  private BrowserWait wait;
  private Http http;
  private String baseUrl;
  private String admin;
  private LoadedLists firstWeek;
  private LoadedLists secondWeek;
  private final List<String> stored = new ArrayList<>();
  private Path csv;

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    Path first = ListsSuite.week("2024-04-26");
    Path second = ListsSuite.week("2024-05-03");
    driver = Chromium.start("PagesBrowserIT");
    firstWeek = ListLoader.fromDirectory(first);
    secondWeek = ListLoader.fromDirectory(second);
    loopback = new LoopbackServers();
    loopback.sourceFolder.set(first);
    clock = new TestClock(Instant.parse("2024-10-01T12:00:00Z"));
    server =
        InterdictServer.start(
            ServerConfig.of(0, dataDir).withClock(clock),
            ListsOptions.defaults()
                .withSourceUrls(Map.of("us-ofac-sdn", loopback.sourceUrl()))
                .withRetries(1, Duration.ofMillis(50)));
    http = new Http(server.port());
    admin = server.initialAdminKey().orElseThrow();
    baseUrl = "http://127.0.0.1:" + server.port() + "/";
    assertThat(update().get("changed").asBoolean()).isTrue();
    csv = dataDir.resolve("customers.csv");
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
    if (loopback != null) {
      loopback.close();
    }
  }

  @BeforeEach
  void signIn() {
    wait = new BrowserWait(driver, WAIT);
    Chromium.signIn(driver, wait, baseUrl, admin);
  }

  @AfterEach
  void noScriptErrors() {
    assertThat(Chromium.scriptErrors(driver)).as("browser console errors").isEmpty();
  }

  private JsonNode update() {
    Http.Response r =
        http.postJson("/api/v1/lists/update", admin, "{\"sources\": [\"us-ofac-sdn\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /**
   * Four names of entries added in the second week (not yet listed), one listed in the first, one
   * unrelated; columns named as a customer export names them, so the upload needs the mapping.
   */
  @Test
  @Order(1)
  void storedPartiesComeFromACsvWithAColumnMappingAndAreSearched() throws Exception {
    List<Party> added = ListDiffer.diff(firstWeek.parties(), secondWeek.parties()).added();
    StringBuilder rows = new StringBuilder("Customer,Ref,Land\n");
    for (int i = 0; i < 4; i++) {
      stored.add(added.get(i * (added.size() / 4)).primaryName());
    }
    String listed = firstWeek.parties().get(100).primaryName();
    stored.add(listed);
    stored.add("Northwind Traders Ltd");
    for (int i = 0; i < stored.size(); i++) {
      String ref = stored.get(i).equals(listed) ? "cust-listed" : "cust-" + i;
      rows.append('"')
          .append(stored.get(i).replace("\"", "\"\""))
          .append("\",")
          .append(ref)
          .append(",DE\n");
    }
    Files.writeString(csv, rows, StandardCharsets.UTF_8);

    driver.findElement(By.id("nav-parties")).click();
    wait.present(By.id("parties-file")).sendKeys(csv.toString());
    WebElement nameColumn = wait.visible(By.id("parties-column-name"));
    assertThat(nameColumn.getAttribute("value")).isEqualTo("Customer");
    driver.findElement(By.cssSelector("#parties-column-id option[value='Ref']")).click();
    driver.findElement(By.cssSelector("#parties-column-country option[value='Land']")).click();
    driver.findElement(By.id("parties-upload")).click();
    assertThat(wait.visible(By.id("parties-imported")).getText())
        .startsWith(stored.size() + " created, 0 updated");
    wait.until(
        "the uploaded parties to be listed",
        d ->
            d.findElements(By.cssSelector("#parties-results tr[data-party-id]")).size()
                == stored.size());
    Chromium.screenshot(driver, "dashboard-parties");

    driver.findElement(By.id("parties-q")).sendKeys("CUST-LISTED");
    driver.findElement(By.cssSelector("#parties-search button[type=submit]")).click();
    WebElement row =
        wait.until(
            "the search to leave one party",
            d -> {
              List<WebElement> found =
                  d.findElements(By.cssSelector("#parties-results tr[data-party-id]"));
              return found.size() == 1 ? found.get(0) : null;
            });
    assertThat(row.getAttribute("data-party-id")).isEqualTo("cust-listed");
    assertThat(row.getText()).contains(listed).contains("DE").contains("import");
    assertThat(Integer.parseInt(row.getAttribute("data-hits")))
        .as("a name listed in force has a hit")
        .isPositive();
    assertThat(row.findElement(By.cssSelector(".party-hits")).getText())
        .contains(firstWeek.parties().get(100).id());
    String evidence = row.findElement(By.cssSelector("a.party-evidence")).getAttribute("href");
    assertThat(evidence).endsWith("/api/v1/evidence/parties/cust-listed?format=html");
    driver.get(evidence);
    assertThat(wait.visible(By.tagName("body")).getText()).contains(listed);
  }

  @Test
  @Order(2)
  void theRescreenRunAfterTheSecondWeekShowsItsHitsThatLeadIntoTheQueue() throws Exception {
    clock.advance(Duration.ofDays(7));
    loopback.sourceFolder.set(ListsSuite.week("2024-05-03"));
    JsonNode run = update().get("rescreen");
    assertThat(run.get("newHits").asInt()).isPositive();
    String runId = run.get("id").asText();
    // a week later the session of this morning has expired: sign in again
    signIn();

    driver.findElement(By.id("nav-rescreen")).click();
    WebElement runRow =
        wait.visible(By.cssSelector("#rescreen-runs tr[data-run-id='" + runId + "']"));
    assertThat(runRow.getText())
        .contains(run.get("newHits").asText())
        .contains(run.get("diff").get("added").asText() + " added");
    runRow.findElement(By.cssSelector("a.open-run")).click();
    wait.urlContains("run=" + runId);
    List<WebElement> hits =
        wait.until(
            "the run's new hits",
            d -> {
              List<WebElement> found =
                  d.findElements(By.cssSelector("#rescreen-hits tr[data-kind='new']"));
              return found.size() == run.get("newHits").asInt() ? found : null;
            });
    assertThat(hits)
        .extracting(WebElement::getText)
        .anySatisfy(text -> assertThat(stored.stream().anyMatch(text::contains)).isTrue());
    Chromium.screenshot(driver, "dashboard-rescreen");
    String storedName =
        stored.stream().filter(hits.get(0).getText()::contains).findFirst().orElseThrow();
    hits.get(0).findElement(By.cssSelector("a.queue-link")).click();
    wait.urlContains("#/queue?");
    wait.until(
        "the re-screen hit in the queue",
        d ->
            d.findElements(By.cssSelector("#queue-results tr[data-queue-id^='rh-']")).stream()
                .anyMatch(r -> r.getText().contains(storedName)));
  }

  @Test
  @Order(3)
  void theListsPageShowsTheDiffBetweenTheTwoWeeks() throws Exception {
    ListDiff expected = ListDiffer.diff(firstWeek.parties(), secondWeek.parties());
    driver.findElement(By.id("nav-lists")).click();
    wait.visible(By.id("diff-compare")).click();
    WebElement summary = wait.visible(By.id("diff-summary"));
    assertThat(summary.getText()).endsWith(expected.summary());
    assertThat(driver.findElements(By.cssSelector("#diff-added tr[data-party-id]")).size())
        .isEqualTo(Math.min(500, expected.added().size()));
    assertThat(
            driver
                .findElement(
                    By.cssSelector(
                        "#diff-added tr[data-party-id='" + expected.added().get(0).id() + "']"))
                .getText())
        .contains(expected.added().get(0).primaryName());
    if (!expected.changed().isEmpty()) {
      var change = expected.changed().get(0);
      assertThat(
              driver
                  .findElement(
                      By.cssSelector("#diff-changed tr[data-party-id='" + change.id() + "']"))
                  .getText())
          .contains(change.fieldIds().get(0) + ":");
    }
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('diff-form').closest('.card').scrollIntoView()");
    Chromium.screenshot(driver, "dashboard-lists-diff");
  }

  /**
   * A listed person with a full date of birth, the name with one letter doubled (so the name alone
   * scores below 1 and the agreeing birth date adds to it).
   */
  @Test
  @Order(4)
  void aScreeningWithADateOfBirthShowsTheBirthDateScorePart() throws Exception {
    ScreeningIndex index = ScreeningIndex.build(ListLoader.bundled().plus(secondWeek).parties());
    Party person = null;
    String typo = null;
    for (Party party : secondWeek.parties()) {
      Optional<BirthDate> full =
          party.features().birthDates().stream()
              .filter(b -> b.month() > 0 && b.day() > 0 && b.fromYear() == b.toYear())
              .findFirst();
      if (party.type() != PartyType.INDIVIDUAL || full.isEmpty()) {
        continue;
      }
      String name = ListsSuite.typo(party.primaryName());
      boolean near =
          index.screen(ListsService.TEMPLATE.withName(name)).matches().stream()
              .anyMatch(m -> m.party().id().equals(party.id()) && m.score() < 0.97);
      if (near) {
        person = party;
        typo = name;
        break;
      }
    }
    assertThat(person).as("an SDN individual with a full birth date").isNotNull();
    BirthDate born =
        person.features().birthDates().stream()
            .filter(b -> b.month() > 0 && b.day() > 0)
            .findFirst()
            .orElseThrow();
    String dob =
        String.format(
            java.util.Locale.ROOT, "%04d-%02d-%02d", born.fromYear(), born.month(), born.day());

    driver.findElement(By.id("nav-screening")).click();
    wait.visible(By.id("screen-name")).sendKeys(typo);
    driver.findElement(By.cssSelector("#screen-features summary")).click();
    wait.visible(By.id("screen-birth-date")).sendKeys(dob);
    driver.findElement(By.cssSelector("#screen-party-type option[value='person']")).click();
    driver.findElement(By.id("screen-submit")).click();
    WebElement match = wait.visible(By.cssSelector(".match[data-party-id='" + person.id() + "']"));
    WebElement part = match.findElement(By.cssSelector("tr[data-part='birth-date']"));
    double value = Double.parseDouble(part.findElement(By.cssSelector("td.num")).getText());
    assertThat(value).as("the agreeing birth date adds to the score").isPositive();
    assertThat(part.getText()).contains("agreeing birth dates");
    assertThat(match.findElements(By.cssSelector("tr[data-part='party-type']"))).hasSize(1);
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", part);
    Chromium.screenshot(driver, "dashboard-screening");
  }

  @Test
  @Order(5)
  void theOwnershipGraphShowsOwnersWithPercentagesTheFlagPathAndCentresOnAClickedNode()
      throws Exception {
    String edges =
        "owner,owned,percent,relation,source\n"
            + "Andrei Gennadyevich Tikhonov,Example Holding Co,30,owns,registry-1\n"
            + "Igor Gennadyevich Chekunov,Example Holding Co,20%,owns,registry-2\n"
            + "Northwind Traders Ltd,Example Holding Co,50,owns,registry-3\n"
            + "Example Holding Co,Example Shipping BV,100,owns,registry-5\n";
    Http.Response imported =
        http.send(
            "POST",
            "/api/v1/ownership",
            Map.of("Authorization", "Bearer " + admin, "Content-Type", "text/csv"),
            HttpRequest.BodyPublishers.ofString(edges, StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);

    driver.findElement(By.id("nav-ownership")).click();
    wait.visible(By.xpath("//p[@id='ownership-starts']/a[text()='Example Holding Co']")).click();
    wait.urlContains("node=Example");
    WebElement graph = wait.visible(By.id("ownership-graph"));
    List<String> names =
        graph.findElements(By.cssSelector("g.og-node")).stream()
            .map(g -> g.getAttribute("data-name"))
            .toList();
    assertThat(names)
        .containsExactlyInAnyOrder(
            "Andrei Gennadyevich Tikhonov",
            "Igor Gennadyevich Chekunov",
            "Northwind Traders Ltd",
            "Example Holding Co",
            "Example Shipping BV");
    assertThat(graph.findElement(By.cssSelector("g.og-center")).getAttribute("data-name"))
        .isEqualTo("Example Holding Co");
    assertThat(
            graph.findElements(By.cssSelector("text.og-label")).stream()
                .map(WebElement::getText)
                .toList())
        .contains("30%", "20%", "50%", "100%");
    assertThat(driver.findElement(By.id("ownership-flags")).getText()).contains("ofac-50-percent");
    List<String> path =
        graph.findElements(By.cssSelector("g.og-edge.og-path")).stream()
            .map(g -> g.getAttribute("data-owner"))
            .toList();
    assertThat(path)
        .as("the highlighted path ends in a listed owner")
        .hasSize(1)
        .containsAnyOf("Andrei Gennadyevich Tikhonov", "Igor Gennadyevich Chekunov");
    assertThat(
            graph.findElements(By.cssSelector("g.og-listed")).stream()
                .map(g -> g.getAttribute("data-name"))
                .toList())
        .as("the listed owners at the ends of the flag's paths")
        .containsExactlyInAnyOrder("Andrei Gennadyevich Tikhonov", "Igor Gennadyevich Chekunov");
    Chromium.screenshot(driver, "dashboard-ownership");

    graph.findElement(By.cssSelector("g.og-node[data-name='Northwind Traders Ltd']")).click();
    wait.until(
        "the graph centred on the clicked node",
        d ->
            d.findElements(By.cssSelector("g.og-center[data-name='Northwind Traders Ltd']")).size()
                == 1);
    assertThat(wait.visible(By.id("ownership-no-flag")).getText()).contains("No rule flags");
  }
}
