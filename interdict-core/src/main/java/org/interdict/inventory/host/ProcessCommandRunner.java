package org.interdict.inventory.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs commands with {@link ProcessBuilder}, output in the platform's native encoding; thread-safe.
 */
public final class ProcessCommandRunner implements CommandRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessCommandRunner.class);
  private static final long TIMEOUT_SECONDS = 120;

  @Override
  public Optional<String> run(List<String> command) {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      LOG.debug("{} cannot be started ({}); skipping that source", command.get(0), e.getMessage());
      return Optional.empty();
    }
    try (InputStream output = process.getInputStream()) {
      // rpm and reg print in the console's code page, which Java 17 exposes as native.encoding.
      Charset charset = Charset.forName(System.getProperty("native.encoding", "UTF-8"));
      String text = new String(output.readAllBytes(), charset);
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        LOG.warn("{} did not finish in {} s; skipping its output", command, TIMEOUT_SECONDS);
        return Optional.empty();
      }
      if (process.exitValue() != 0) {
        LOG.debug("{} exited with {}; skipping its output", command, process.exitValue());
        return Optional.empty();
      }
      return Optional.of(text);
    } catch (IOException e) {
      LOG.warn("cannot read the output of {}: {}; skipping it", command, e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return Optional.empty();
    }
  }
}
