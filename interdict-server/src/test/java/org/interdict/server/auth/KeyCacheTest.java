package org.interdict.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.interdict.store.keys.ApiKey;
import org.junit.jupiter.api.Test;

class KeyCacheTest {
  private static ApiKey key(String id) {
    return new ApiKey(
        id,
        "name-" + id,
        "analyst",
        Instant.parse("2026-12-01T00:00:00Z"),
        "test",
        Optional.empty());
  }

  @Test
  void returnsOnlyWhatWasPutAndForgetsEveryHashOfARevokedKey() {
    KeyCache cache = new KeyCache();
    cache.put("hash-a", key("k-1"));
    cache.put("hash-b", key("k-1"));
    cache.put("hash-c", key("k-2"));
    assertThat(cache.get("hash-a")).map(ApiKey::id).contains("k-1");
    assertThat(cache.get("unknown")).isEmpty();

    cache.forgetKeyId("k-1");

    assertThat(cache.get("hash-a")).isEmpty();
    assertThat(cache.get("hash-b")).isEmpty();
    assertThat(cache.get("hash-c")).map(ApiKey::id).contains("k-2");
  }
}
