package org.interdict.store;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random text ids with a kind prefix ({@code j-}, {@code f-}, {@code s-} ...), generated in Java
 * for portability.
 */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  /** {@code prefix-} followed by 20 hex digits (80 random bits). */
  public static String next(String prefix) {
    return prefix + "-" + randomHex(10);
  }

  /** {@code bytes} random bytes as lower-case hex. */
  public static String randomHex(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }
}
