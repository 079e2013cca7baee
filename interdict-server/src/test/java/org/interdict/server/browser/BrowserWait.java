package org.interdict.server.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Waits for a condition on the page, polling every 100 ms: the same contract as Selenium's
 * WebDriverWait, which lives in selenium-support (not a dependency of interdict-server). Not
 * thread-safe.
 */
public final class BrowserWait {
  private static final Duration POLL = Duration.ofMillis(100);
  private final WebDriver driver;
  private final Duration timeout;

  public BrowserWait(WebDriver driver, Duration timeout) {
    this.driver = driver;
    this.timeout = timeout;
  }

  /** The first displayed element the selector finds, once there is one. */
  public WebElement visible(By selector) {
    return until(
        "an element " + selector + " to be visible",
        d ->
            d.findElements(selector).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  /** The first element the selector finds, displayed or not (file inputs are often hidden). */
  public WebElement present(By selector) {
    return until(
        "an element " + selector + " to be present",
        d -> {
          List<WebElement> found = d.findElements(selector);
          return found.isEmpty() ? null : found.get(0);
        });
  }

  /** Waits until the current URL contains the text. */
  public void urlContains(String text) {
    until(
        "the URL to contain '" + text + "'",
        d -> d.getCurrentUrl().contains(text) ? Boolean.TRUE : null);
  }

  private String pageText() {
    try {
      String text =
          driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ").strip();
      return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    } catch (RuntimeException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /**
   * Polls the condition until it gives a value other than null or FALSE; fails after the timeout.
   */
  public <T> T until(String what, Function<WebDriver, T> condition) {
    Instant end = Instant.now().plus(timeout);
    RuntimeException last = null;
    while (true) {
      try {
        T value = condition.apply(driver);
        if (value != null && !Boolean.FALSE.equals(value)) {
          return value;
        }
      } catch (NoSuchElementException | StaleElementReferenceException e) {
        last = e;
      }
      if (Instant.now().isAfter(end)) {
        throw new AssertionError(
            "waited "
                + timeout.toSeconds()
                + " s for "
                + what
                + " on "
                + driver.getCurrentUrl()
                + "; the page shows: "
                + pageText(),
            last);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }
}
