package org.interdict.server.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Checks an ID token (OpenID Connect Core 1.0, section 3.1.3.7): its signature against the
 * provider's JWKS (asymmetric algorithms only, so a token cannot be "signed" with the public
 * client's secret or with {@code none}), then issuer, audience (and {@code azp} when there are
 * several), expiry and issue time by the injected clock (with {@link #SKEW} for clock drift), and
 * the nonce of this sign-in. Thread-safe.
 */
final class IdTokenVerifier {
  static final Duration SKEW = Duration.ofSeconds(60);
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final String issuer;
  private final String clientId;
  private final Clock clock;

  IdTokenVerifier(OidcProvider provider, String clientId, Clock clock) {
    this.issuer = provider.issuer().toString();
    this.clientId = clientId;
    this.clock = clock;
    JWKSource<SecurityContext> keys;
    try {
      keys = JWKSourceBuilder.create(provider.jwksUri().toURL()).retrying(true).build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("the provider's jwks_uri is not a URL: " + e.getMessage(), e);
    }
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
    // the claims are checked below by our clock; nimbus's default verifier reads the system clock
    processor.setJWTClaimsSetVerifier((claims, context) -> {});
  }

  /**
   * The verified claims.
   *
   * @throws OidcException (401) naming the check that failed
   */
  JWTClaimsSet verify(String idToken, String expectedNonce) {
    JWTClaimsSet claims;
    try {
      claims = processor.process(idToken, null);
    } catch (ParseException e) {
      throw new OidcException(401, "the ID token is not a signed JWT: " + e.getMessage(), e);
    } catch (BadJOSEException | JOSEException e) {
      throw new OidcException(
          401, "the ID token's signature does not verify: " + e.getMessage(), e);
    }
    if (!issuer.equals(claims.getIssuer())) {
      throw new OidcException(
          401, "the ID token's issuer '" + claims.getIssuer() + "' is not '" + issuer + "'");
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(clientId)) {
      throw new OidcException(
          401, "the ID token's audience " + audience + " does not include '" + clientId + "'");
    }
    Object azp = claims.getClaim("azp");
    if (audience.size() > 1 && !clientId.equals(azp)) {
      throw new OidcException(
          401, "the ID token has several audiences and its azp is not '" + clientId + "'");
    }
    Instant now = clock.instant();
    Date expires = claims.getExpirationTime();
    if (expires == null) {
      throw new OidcException(401, "the ID token has no expiry (exp)");
    }
    if (!now.isBefore(expires.toInstant().plus(SKEW))) {
      throw new OidcException(
          401, "the ID token expired at " + expires.toInstant() + " (server time " + now + ")");
    }
    Date issued = claims.getIssueTime();
    if (issued != null && issued.toInstant().isAfter(now.plus(SKEW))) {
      throw new OidcException(
          401,
          "the ID token was issued in the future, at "
              + issued.toInstant()
              + " (server time "
              + now
              + ")");
    }
    Object nonce = claims.getClaim("nonce");
    if (!expectedNonce.equals(nonce)) {
      throw new OidcException(401, "the ID token's nonce is not the one this sign-in sent");
    }
    return claims;
  }
}
