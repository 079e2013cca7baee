package org.interdict.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.interdict.store.keys.ApiKey;
import org.junit.jupiter.api.Test;

class KeyCacheTest {
  private static Principal caller(String keyId, String userId) {
    ApiKey key =
        new ApiKey(
            keyId,
            userId,
            "name-" + keyId,
            "analyst",
            Instant.parse("2026-12-01T00:00:00Z"),
            "test",
            Optional.empty());
    return new Principal(
        userId, "user-" + userId, Role.ANALYST, Optional.of(key), Optional.empty());
  }

  @Test
  void returnsOnlyWhatWasPutAndForgetsEveryHashOfARevokedKey() {
    KeyCache cache = new KeyCache();
    cache.put("hash-a", caller("k-1", "u-1"));
    cache.put("hash-b", caller("k-1", "u-1"));
    cache.put("hash-c", caller("k-2", "u-1"));
    assertThat(cache.get("hash-a")).flatMap(Principal::key).map(ApiKey::id).contains("k-1");
    assertThat(cache.get("unknown")).isEmpty();

    cache.forgetKeyId("k-1");

    assertThat(cache.get("hash-a")).isEmpty();
    assertThat(cache.get("hash-b")).isEmpty();
    assertThat(cache.get("hash-c")).flatMap(Principal::key).map(ApiKey::id).contains("k-2");
  }

  @Test
  void forgetsEveryKeyOfADisabledUserAndNoOtherUsers() {
    KeyCache cache = new KeyCache();
    cache.put("hash-a", caller("k-1", "u-1"));
    cache.put("hash-b", caller("k-2", "u-1"));
    cache.put("hash-c", caller("k-3", "u-2"));

    cache.forgetUserId("u-1");

    assertThat(cache.get("hash-a")).isEmpty();
    assertThat(cache.get("hash-b")).isEmpty();
    assertThat(cache.get("hash-c")).map(Principal::userId).contains("u-2");
  }
}
