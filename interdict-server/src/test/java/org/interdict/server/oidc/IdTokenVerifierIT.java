package org.interdict.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ID tokens issued by a real OpenID provider (mock-oauth2-server on loopback), checked against its
 * discovered JWKS: a genuine token passes; a tampered payload, a token signed by another key under
 * the provider's key id, an unsigned token, a wrong audience, issuer or nonce and an expired token
 * (by the injected clock) are refused with the reason.
 */
class IdTokenVerifierIT {
  private static final String ISSUER_ID = "verifier-idp";
  private static final String CLIENT_ID = "interdict-dashboard";
  private static MockOAuth2Server server;
  private static OidcProvider provider;

  @BeforeAll
  static void start() {
    server = new MockOAuth2Server();
    server.start(InetAddress.getLoopbackAddress(), 0);
    provider =
        OidcProvider.discover(
            URI.create(server.issuerUrl(ISSUER_ID).toString()),
            HttpClient.newHttpClient(),
            new ObjectMapper());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.shutdown();
    }
  }

  private static SignedJWT issued(List<String> audience, String nonce) {
    return server.issueToken(
        ISSUER_ID,
        CLIENT_ID,
        new DefaultOAuth2TokenCallback(
            ISSUER_ID,
            "sub-1",
            "JWT",
            audience,
            Map.of("nonce", nonce, "groups", List.of("g")),
            600));
  }

  private static IdTokenVerifier at(Instant now) {
    return new IdTokenVerifier(provider, CLIENT_ID, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static Instant expiry(SignedJWT token) throws Exception {
    // as serialized: JWT times are whole seconds
    return token
        .getJWTClaimsSet()
        .getExpirationTime()
        .toInstant()
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  @Test
  void discoveryReadsTheProvidersEndpoints() {
    assertThat(provider.issuer().toString()).isEqualTo(server.issuerUrl(ISSUER_ID).toString());
    assertThat(provider.jwksUri().toString()).isEqualTo(server.jwksUrl(ISSUER_ID).toString());
    assertThat(provider.tokenEndpoint().toString())
        .isEqualTo(server.tokenEndpointUrl(ISSUER_ID).toString());
  }

  @Test
  void aGenuineTokenPassesUntilItsExpiryPlusTheSkew() throws Exception {
    SignedJWT token = issued(List.of(CLIENT_ID), "n-1");
    Instant exp = expiry(token);
    JWTClaimsSet claims = at(exp.minusSeconds(300)).verify(token.serialize(), "n-1");
    assertThat(claims.getSubject()).isEqualTo("sub-1");
    assertThat(claims.getStringListClaim("groups")).containsExactly("g");
    assertThat(at(exp.plus(IdTokenVerifier.SKEW).minusSeconds(1)).verify(token.serialize(), "n-1"))
        .isNotNull();
    assertThatThrownBy(() -> at(exp.plus(IdTokenVerifier.SKEW)).verify(token.serialize(), "n-1"))
        .isInstanceOf(OidcException.class)
        .hasMessageContaining("the ID token expired at " + exp);
  }

  @Test
  void aTamperedPayloadFailsTheSignature() throws Exception {
    SignedJWT token = issued(List.of(CLIENT_ID), "n-1");
    String[] parts = token.serialize().split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"g\"", "\"grp-admins\"");
    assertThat(payload).contains("grp-admins");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertThatThrownBy(() -> at(expiry(token).minusSeconds(300)).verify(tampered, "n-1"))
        .isInstanceOf(OidcException.class)
        .hasMessageContaining("signature does not verify");
  }

  @Test
  void aTokenSignedByAnotherKeyUnderTheProvidersKeyIdIsRefused() throws Exception {
    SignedJWT genuine = issued(List.of(CLIENT_ID), "n-1");
    RSAKey attacker = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(attacker.getKeyID()).build(),
            genuine.getJWTClaimsSet());
    forged.sign(new RSASSASigner(attacker));
    assertThatThrownBy(
            () -> at(expiry(genuine).minusSeconds(300)).verify(forged.serialize(), "n-1"))
        .isInstanceOf(OidcException.class)
        .hasMessageContaining("signature does not verify");
  }

  @Test
  void anUnsignedTokenIsRefused() throws Exception {
    SignedJWT genuine = issued(List.of(CLIENT_ID), "n-1");
    String plain = new PlainJWT(genuine.getJWTClaimsSet()).serialize();
    assertThatThrownBy(() -> at(expiry(genuine).minusSeconds(300)).verify(plain, "n-1"))
        .isInstanceOf(OidcException.class)
        .hasMessageContaining("signature does not verify");
  }

  @Test
  void anotherAudienceIssuerOrNonceIsRefused() throws Exception {
    SignedJWT otherAudience = issued(List.of("another-client"), "n-1");
    Instant now = expiry(otherAudience).minusSeconds(300);
    assertThatThrownBy(() -> at(now).verify(otherAudience.serialize(), "n-1"))
        .isInstanceOf(OidcException.class)
        .hasMessageContaining("audience [another-client] does not include 'interdict-dashboard'");

    SignedJWT token = issued(List.of(CLIENT_ID), "n-1");
    assertThatThrownBy(() -> at(now).verify(token.serialize(), "n-2"))
        .isInstanceOf(OidcException.class)
        .hasMessageContaining("nonce");

    OidcProvider elsewhere =
        new OidcProvider(
            URI.create("https://idp.example.org"),
            provider.authorizationEndpoint(),
            provider.tokenEndpoint(),
            provider.jwksUri());
    IdTokenVerifier expectingElsewhere =
        new IdTokenVerifier(elsewhere, CLIENT_ID, Clock.fixed(now, ZoneOffset.UTC));
    assertThatThrownBy(() -> expectingElsewhere.verify(token.serialize(), "n-1"))
        .isInstanceOf(OidcException.class)
        .hasMessageContaining("is not 'https://idp.example.org'");
  }
}
