package org.interdict.server.auth;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Remembers, for a few seconds, which caller a presented key hash belongs to (the key and its
 * user), so a screening request does not need a database round trip to authenticate. Only found,
 * active keys of enabled users are kept (an unknown key is looked up every time, so guessing fills
 * nothing); a revocation or a disabled user made through this server is seen at once, one made by
 * another server sharing the database within {@link #TTL_SECONDS}. Thread-safe.
 */
final class KeyCache {
  static final long TTL_SECONDS = 5;
  private static final int MAX_ENTRIES = 10_000;
  private final ConcurrentHashMap<String, Entry> byHash = new ConcurrentHashMap<>();

  private record Entry(Principal caller, long loadedAtNanos) {}

  Optional<Principal> get(String keyHash) {
    Entry entry = byHash.get(keyHash);
    if (entry == null) {
      return Optional.empty();
    }
    if (System.nanoTime() - entry.loadedAtNanos > TimeUnit.SECONDS.toNanos(TTL_SECONDS)) {
      byHash.remove(keyHash, entry);
      return Optional.empty();
    }
    return Optional.of(entry.caller);
  }

  void put(String keyHash, Principal caller) {
    if (byHash.size() >= MAX_ENTRIES) {
      byHash.clear();
    }
    byHash.put(keyHash, new Entry(caller, System.nanoTime()));
  }

  /** Forgets every cached hash of the key with this id (called after a revocation commits). */
  void forgetKeyId(String keyId) {
    byHash
        .values()
        .removeIf(entry -> entry.caller.key().map(k -> k.id().equals(keyId)).orElse(false));
  }

  /** Forgets every cached key of this user (called after the user is disabled). */
  void forgetUserId(String userId) {
    byHash.values().removeIf(entry -> entry.caller.userId().equals(userId));
  }
}
