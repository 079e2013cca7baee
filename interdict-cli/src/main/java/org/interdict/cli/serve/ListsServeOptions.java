package org.interdict.cli.serve;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.interdict.lists.update.OfficialSources;
import org.interdict.server.lists.ListsOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of {@code interdict serve} for list updates and the re-screen webhook. */
final class ListsServeOptions {
  @Option(
      names = "--source-url",
      paramLabel = "ID=URL",
      description =
          "Fetch list source ID from this base URL on POST /api/v1/lists/update (mirrors, tests); "
              + "repeatable. Also read from DIR/sources.properties, as for interdict lists update.")
  Map<String, String> sourceUrls = new LinkedHashMap<>();

  @Option(
      names = "--webhook-url",
      paramLabel = "URL",
      description = "POST each re-screen run (new and gone hits after a list change) to this URL.")
  String webhookUrl;

  @Option(
      names = "--webhook-secret-env",
      paramLabel = "VAR",
      description =
          "Environment variable holding the webhook's HMAC-SHA256 secret (header X-Interdict-Signature).")
  String webhookSecretEnv;

  ListsOptions toOptions(CommandLine cli) {
    ListsOptions options = ListsOptions.defaults().withSourceUrls(sourceUrls);
    try {
      OfficialSources.defaults().withOverrides(options.sourceSettings());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--source-url: " + e.getMessage());
    }
    Optional<String> secret = Optional.empty();
    if (webhookSecretEnv != null) {
      String value = System.getenv(webhookSecretEnv);
      if (value == null || value.isEmpty()) {
        throw new CommandLine.ParameterException(
            cli, "--webhook-secret-env names " + webhookSecretEnv + ", which is not set");
      }
      secret = Optional.of(value);
    }
    if (webhookUrl == null) {
      if (secret.isPresent()) {
        throw new CommandLine.ParameterException(cli, "--webhook-secret-env needs --webhook-url");
      }
      return options;
    }
    try {
      return options.withWebhook(URI.create(webhookUrl), secret);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--webhook-url: " + e.getMessage());
    }
  }
}
