package org.interdict.cli.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.interdict.server.oidc.OidcSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of {@code interdict serve} for single sign-on with an OpenID provider. */
final class OidcServeOptions {
  @Option(
      names = "--oidc-issuer",
      paramLabel = "URL",
      description =
          "Offer 'Sign in with SSO' through this OpenID provider (its issuer URL; the endpoints are "
              + "discovered). Needs --oidc-client-id, --oidc-client-secret-file and --oidc-role-map.")
  String issuer;

  @Option(
      names = "--oidc-client-id",
      paramLabel = "ID",
      description = "The client id registered at the provider.")
  String clientId;

  @Option(
      names = "--oidc-client-secret-file",
      paramLabel = "FILE",
      description =
          "File holding the client secret (its first line; kept out of the command line).")
  Path clientSecretFile;

  @Option(
      names = "--oidc-groups-claim",
      paramLabel = "CLAIM",
      defaultValue = OidcSettings.DEFAULT_GROUPS_CLAIM,
      description = "ID-token claim listing the user's groups (default: ${DEFAULT-VALUE}).")
  String groupsClaim;

  @Option(
      names = "--oidc-role-map",
      paramLabel = "GROUP=ROLE,...",
      description =
          "Which group grants which role (viewer, analyst, approver, admin), e.g. "
              + "'grp-admins=admin,grp-analysts=analyst'; the highest mapped role wins; a user with no "
              + "mapped group is refused.")
  String roleMap;

  @Option(
      names = "--oidc-redirect-uri",
      paramLabel = "URL",
      description =
          "Redirect URI registered at the provider (default: the scheme and host the browser used, "
              + "then /auth/oidc/callback).")
  String redirectUri;

  Optional<OidcSettings> toSettings(CommandLine cli) {
    if (issuer == null) {
      if (clientId != null || clientSecretFile != null || roleMap != null || redirectUri != null) {
        throw new CommandLine.ParameterException(
            cli, "the --oidc-* options need --oidc-issuer URL");
      }
      return Optional.empty();
    }
    if (clientId == null || clientSecretFile == null || roleMap == null) {
      throw new CommandLine.ParameterException(
          cli,
          "--oidc-issuer needs --oidc-client-id, --oidc-client-secret-file and --oidc-role-map");
    }
    try {
      return Optional.of(
          new OidcSettings(
              uri("--oidc-issuer", issuer, cli),
              clientId,
              secret(cli),
              groupsClaim,
              OidcSettings.parseRoleMap(roleMap),
              Optional.ofNullable(redirectUri).map(u -> uri("--oidc-redirect-uri", u, cli))));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--oidc-role-map: " + e.getMessage());
    }
  }

  private String secret(CommandLine cli) {
    try {
      String first =
          Files.readAllLines(clientSecretFile, StandardCharsets.UTF_8).stream()
              .findFirst()
              .orElse("")
              .strip();
      if (first.isEmpty()) {
        throw new CommandLine.ParameterException(
            cli, "--oidc-client-secret-file " + clientSecretFile + " is empty");
      }
      return first;
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          cli,
          "--oidc-client-secret-file " + clientSecretFile + " cannot be read: " + e.getMessage());
    }
  }

  private static URI uri(String option, String value, CommandLine cli) {
    try {
      URI uri = new URI(value);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
        throw new CommandLine.ParameterException(
            cli, option + " " + value + " must be an http(s) URL");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new CommandLine.ParameterException(
          cli, option + " " + value + " is not a URL: " + e.getMessage());
    }
  }
}
