package org.interdict.server.auth;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.interdict.store.keys.ApiKey;

/**
 * Remembers, for a few seconds, which stored key a presented key hash belongs to, so a screening
 * request does not need a database round trip to authenticate. Only found, active keys are kept (an
 * unknown key is looked up every time, so guessing fills nothing); a revocation made through this
 * server is seen at once, one made by another server sharing the database within {@link
 * #TTL_SECONDS}. Thread-safe.
 */
final class KeyCache {
  static final long TTL_SECONDS = 5;
  private static final int MAX_ENTRIES = 10_000;
  private final ConcurrentHashMap<String, Entry> byHash = new ConcurrentHashMap<>();

  private record Entry(ApiKey key, long loadedAtNanos) {}

  Optional<ApiKey> get(String keyHash) {
    Entry entry = byHash.get(keyHash);
    if (entry == null) {
      return Optional.empty();
    }
    if (System.nanoTime() - entry.loadedAtNanos > TimeUnit.SECONDS.toNanos(TTL_SECONDS)) {
      byHash.remove(keyHash, entry);
      return Optional.empty();
    }
    return Optional.of(entry.key);
  }

  void put(String keyHash, ApiKey key) {
    if (byHash.size() >= MAX_ENTRIES) {
      byHash.clear();
    }
    byHash.put(keyHash, new Entry(key, System.nanoTime()));
  }

  /** Forgets every cached hash of the key with this id (called after a revocation commits). */
  void forgetKeyId(String keyId) {
    byHash.values().removeIf(entry -> entry.key.id().equals(keyId));
  }
}
