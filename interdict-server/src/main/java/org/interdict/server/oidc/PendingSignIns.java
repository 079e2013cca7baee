package org.interdict.server.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins sent to the provider and not yet back: for each, the random {@code state}, {@code nonce}
 * and PKCE verifier, kept in memory under a random id that only the browser's flow cookie carries.
 * An entry is used once and lives {@link #LIFETIME}, so a replayed or late callback fails.
 * Thread-safe.
 */
final class PendingSignIns {
  static final Duration LIFETIME = Duration.ofMinutes(10);
  private static final int MAX_PENDING = 10_000;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final ConcurrentHashMap<String, Pending> byId = new ConcurrentHashMap<>();
  private final Clock clock;

  PendingSignIns(Clock clock) {
    this.clock = clock;
  }

  /** One sign-in under way. */
  record Pending(
      String id,
      String state,
      String nonce,
      String codeVerifier,
      String redirectUri,
      Instant startedAt) {
    /** The PKCE S256 challenge of the verifier (RFC 7636, section 4.2). */
    String codeChallenge() {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }
  }

  Pending start(String redirectUri) {
    Instant now = clock.instant();
    if (byId.size() >= MAX_PENDING) {
      byId.values().removeIf(p -> expired(p, now));
      if (byId.size() >= MAX_PENDING) {
        byId.clear();
      }
    }
    Pending pending = new Pending(random(), random(), random(), random(), redirectUri, now);
    byId.put(pending.id(), pending);
    return pending;
  }

  /** The live sign-in with this id, removed so it cannot be used twice. */
  Optional<Pending> take(String id) {
    Pending pending = byId.remove(id);
    if (pending == null || expired(pending, clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(pending);
  }

  private static boolean expired(Pending pending, Instant now) {
    return !now.isBefore(pending.startedAt().plus(LIFETIME));
  }

  /** 256 random bits, URL-safe: also a valid PKCE verifier (43 characters of the allowed set). */
  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
