package org.interdict.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.interdict.server.InterdictServer;
import org.interdict.server.ServerConfig;
import org.interdict.server.lists.ListsOptions;
import org.interdict.server.oidc.OidcSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Single sign-on in headless Chromium: the sign-in page offers "Sign in with SSO" next to the key
 * field; the button goes through a real OpenID provider (mock-oauth2-server on loopback, which logs
 * the user in at once) and lands on the dashboard as that user with the role mapped from the
 * groups; an unmapped group lands on the error page instead. Skipped without chromium.
 */
class OidcBrowserIT {
  private static final String ISSUER_ID = "browser-idp";
  private static final String CLIENT_ID = "interdict-dashboard";

  @TempDir static Path dataDir;

  private static MockOAuth2Server provider;
  private static InterdictServer server;
  private static ChromeDriver driver;
  private static String baseUrl;

  @BeforeAll
  static void start() {
    driver = Chromium.start("OidcBrowserIT");
    provider = new MockOAuth2Server();
    provider.start(InetAddress.getLoopbackAddress(), 0);
    server =
        InterdictServer.start(
            ServerConfig.of(0, dataDir),
            ListsOptions.defaults(),
            Optional.of(
                new OidcSettings(
                    URI.create(provider.issuerUrl(ISSUER_ID).toString()),
                    CLIENT_ID,
                    "browser-secret",
                    "groups",
                    OidcSettings.parseRoleMap("grp-approvers=approver,grp-admins=admin"),
                    Optional.empty())));
    baseUrl = "http://127.0.0.1:" + server.port() + "/";
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
    if (provider != null) {
      provider.shutdown();
    }
  }

  private static void nextUser(String subject, String username, List<String> groups) {
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER_ID,
            subject,
            "JWT",
            List.of(CLIENT_ID),
            Map.of("groups", groups, "preferred_username", username, "name", "Olga Test"),
            3600));
  }

  private static BrowserWait freshSignInPage() {
    BrowserWait wait = new BrowserWait(driver, Duration.ofSeconds(30));
    driver.get(baseUrl);
    driver.manage().deleteAllCookies();
    driver.navigate().refresh();
    wait.visible(By.id("api-key"));
    return wait;
  }

  @Test
  void signsInThroughTheProviderAndLandsOnTheDashboardWithTheMappedRole() throws Exception {
    BrowserWait wait = freshSignInPage();
    var button = wait.visible(By.id("sign-in-sso"));
    assertThat(button.getText()).isEqualTo("Sign in with SSO");
    assertThat(driver.findElement(By.id("api-key")).isDisplayed()).isTrue();
    Chromium.screenshot(driver, "dashboard-sign-in-sso");

    nextUser("sub-olga", "olga", List.of("grp-approvers", "grp-unmapped"));
    button.click();

    wait.visible(By.id("content"));
    assertThat(driver.getCurrentUrl()).startsWith(baseUrl);
    assertThat(driver.findElement(By.cssSelector(".who-name")).getText()).isEqualTo("olga");
    assertThat(driver.findElement(By.cssSelector(".who-role")).getAttribute("textContent"))
        .isEqualTo("approver");
    assertThat(driver.findElements(By.id("nav-keys"))).as("admin-only page").isEmpty();
    assertThat(driver.findElements(By.id("nav-queue"))).isNotEmpty();

    driver.findElement(By.id("sign-out")).click();
    wait.visible(By.id("sign-in-sso"));
    driver.navigate().refresh();
    wait.visible(By.id("api-key"));
    assertThat(driver.findElements(By.id("content"))).as("signed out for good").isEmpty();
    noScriptErrors();
  }

  @Test
  void anUnmappedGroupLandsOnTheErrorPageAndNotOnTheDashboard() {
    BrowserWait wait = freshSignInPage();
    nextUser("sub-paul", "paul", List.of("grp-marketing"));
    wait.visible(By.id("sign-in-sso")).click();
    String message = wait.visible(By.id("sso-error-message")).getText();
    assertThat(message)
        .contains("none of your groups in claim 'groups' [grp-marketing] is mapped")
        .contains("ask an administrator");
    driver.findElement(By.linkText("Back to the sign-in page")).click();
    wait.visible(By.id("api-key"));
    assertThat(driver.findElements(By.id("content"))).isEmpty();
  }

  private static void noScriptErrors() {
    assertThat(Chromium.scriptErrors(driver)).as("browser console errors").isEmpty();
  }
}
