package org.interdict.server.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * The endpoints of an OpenID provider, read from its discovery document ({@code
 * /.well-known/openid-configuration} under the issuer), whose {@code issuer} must be the configured
 * one (OpenID Connect Discovery 1.0, section 4.3).
 */
record OidcProvider(URI issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri) {
  OidcProvider {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
    Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
    Objects.requireNonNull(jwksUri, "jwksUri");
  }

  /**
   * Fetches and checks the discovery document.
   *
   * @throws IllegalStateException naming the URL and what is wrong, when it cannot be read
   */
  static OidcProvider discover(URI issuer, HttpClient http, ObjectMapper json) {
    String base = issuer.toString().replaceAll("/+$", "");
    URI url = URI.create(base + "/.well-known/openid-configuration");
    JsonNode doc;
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "OIDC discovery at " + url + " answered HTTP " + response.statusCode());
      }
      doc = json.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(
          "OIDC discovery at " + url + " could not be read: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during OIDC discovery at " + url, e);
    }
    String announced = text(doc, "issuer", url);
    if (!announced.replaceAll("/+$", "").equals(base)) {
      throw new IllegalStateException(
          "OIDC discovery at "
              + url
              + " names issuer '"
              + announced
              + "', not the configured '"
              + issuer
              + "'");
    }
    return new OidcProvider(
        URI.create(announced),
        URI.create(text(doc, "authorization_endpoint", url)),
        URI.create(text(doc, "token_endpoint", url)),
        URI.create(text(doc, "jwks_uri", url)));
  }

  private static String text(JsonNode doc, String field, URI url) {
    JsonNode value = doc == null ? null : doc.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalStateException("OIDC discovery document " + url + " has no '" + field + "'");
    }
    return value.asText();
  }
}
