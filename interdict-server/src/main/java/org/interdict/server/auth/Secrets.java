package org.interdict.server.auth;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets: API keys ({@code idk_} + 256 bits), session tokens and CSRF tokens, URL-safe
 * Base64.
 */
final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  static String apiKey() {
    return "idk_" + token();
  }

  static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
