package org.interdict.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.interdict.testing.Prerequisites;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium for the browser tests: started with its console log kept, so that a test
 * can fail on script errors; skipped (with the reason) when chromium or chromedriver is not
 * installed.
 */
public final class Chromium {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** Starts a browser at 1400x1000, or skips the test class when Chromium is absent. */
  public static ChromeDriver start(String testName) {
    Prerequisites.require(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        testName
            + " needs /usr/bin/chromium and /usr/bin/chromedriver"
            + " (apt-get install -y chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1400,1000",
        "--lang=en-US");
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /** Signs in on the dashboard's sign-in form with an API key and waits for the shell. */
  public static void signIn(ChromeDriver driver, BrowserWait wait, String baseUrl, String key) {
    driver.get(baseUrl + "#/overview");
    driver.manage().deleteAllCookies();
    driver.navigate().refresh();
    wait.visible(org.openqa.selenium.By.id("api-key")).sendKeys(key);
    driver.findElement(org.openqa.selenium.By.id("sign-in")).click();
    wait.visible(org.openqa.selenium.By.id("content"));
  }

  /**
   * The console errors since the last call; failed requests (a 401 before sign-in, a rejected key,
   * a 404 a test provokes) are expected and left out.
   */
  public static List<String> scriptErrors(ChromeDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> !message.contains("Failed to load resource"))
        .toList();
  }

  /**
   * Saves a PNG of the page to target/screenshots (docs/img copies are made from these, after a
   * look).
   */
  public static void screenshot(ChromeDriver driver, String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Fails when the page scrolls sideways (its content is wider than the window), naming what sticks
   * out: elements (or their unbreakable text) reaching past the viewport, outside scrolling tables.
   */
  public static void assertNoSidewaysScroll(ChromeDriver driver, String what) {
    Object overflow =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    Object widest =
        ((JavascriptExecutor) driver)
            .executeScript(
                "const w = document.documentElement.clientWidth; const out = [];"
                    + "for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect();"
                    + " if (e.parentElement && e.parentElement.closest('.table-wrap, .graph-wrap')) continue;"
                    + " if (r.left + e.scrollWidth > w + 1) out.push(e.tagName + '.' + e.className + ' '"
                    + " + Math.round(r.left + e.scrollWidth)); }"
                    + "return out.slice(-8).join('; ');");
    Object width =
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
    assertThat(((Number) overflow).longValue())
        .as("sideways overflow on %s at %s px: %s", what, width, widest)
        .isLessThanOrEqualTo(0);
  }
}
