package org.interdict.store.audit;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.interdict.store.Ids;
import org.interdict.store.StoreException;
import org.interdict.verify.SiteKey;
import org.jdbi.v3.core.Handle;

/**
 * Writes the audit hash chain (ADR 008): appends link each event to the one before, every {@code
 * checkpointEvery} events a checkpoint signed with the site key (when one is configured), and
 * {@link #purgeBefore} removes old events leaving a signed {@link Tombstone}. Every write first
 * locks the one head row, so appends serialize on PostgreSQL as they do on SQLite's immediate
 * transactions; callers pass a handle inside a transaction. Thread-safe.
 */
public final class AuditChain {
  public static final int DEFAULT_CHECKPOINT_EVERY = 100;
  private final Optional<SiteKey> key;
  private final int checkpointEvery;
  private final Clock clock;

  public AuditChain(Optional<SiteKey> key, int checkpointEvery, Clock clock) {
    if (checkpointEvery < 1) {
      throw new IllegalArgumentException(
          "checkpointEvery must be at least 1, was " + checkpointEvery);
    }
    this.key = key;
    this.checkpointEvery = checkpointEvery;
    this.clock = clock;
  }

  /** No site key: events are chained, nothing is signed. */
  public static AuditChain unsigned() {
    return new AuditChain(Optional.empty(), DEFAULT_CHECKPOINT_EVERY, Clock.systemUTC());
  }

  record Head(long seq, String hash) {}

  void append(Handle h, AuditEvent event) {
    Head head = lockHead(h);
    if (head.seq() == 0) {
      head = adoptUnchained(h, head);
    }
    head = insert(h, event, head);
    moveHead(h, head);
    if (key.isPresent() && head.seq() % checkpointEvery == 0) {
      writeCheckpoint(h, head, key.get());
    }
  }

  /**
   * Signs the current end of the chain now (the server does at shutdown); empty when the chain is
   * empty.
   */
  public Optional<Checkpoint> checkpoint(Handle h) {
    SiteKey siteKey =
        key.orElseThrow(() -> new StoreException("no site key configured: a checkpoint is signed"));
    Head head = lockHead(h);
    if (head.seq() == 0) {
      return Optional.empty();
    }
    return Optional.of(writeCheckpoint(h, head, siteKey));
  }

  /**
   * Deletes the oldest events, up to the last one before {@code before} (a contiguous range, so the
   * chain stays one line), and leaves a signed tombstone for them plus an {@code audit.purge} event
   * by {@code actor}. The primitive retention jobs call; empty when nothing is that old.
   */
  public Optional<Tombstone> purgeBefore(
      Handle h, java.time.Instant before, String actor, String reason) {
    SiteKey siteKey =
        key.orElseThrow(
            () ->
                new StoreException(
                    "no site key configured: a purge leaves a signed tombstone, so it needs the site key"));
    lockHead(h);
    Optional<Long> first =
        h.createQuery("SELECT MIN(seq) FROM audit_events WHERE seq IS NOT NULL")
            .mapTo(Long.class)
            .findOne();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    Optional<Long> keep =
        h.createQuery("SELECT MIN(seq) FROM audit_events WHERE seq IS NOT NULL AND at >= :before")
            .bind("before", before.toEpochMilli())
            .mapTo(Long.class)
            .findOne();
    long last = keep.map(k -> k - 1).orElseGet(() -> lockHead(h).seq());
    if (last < first.get()) {
      return Optional.empty();
    }
    String firstPrev =
        h.createQuery("SELECT prev_hash FROM audit_events WHERE seq = :seq")
            .bind("seq", first.get())
            .mapTo(String.class)
            .one();
    String lastHash =
        h.createQuery("SELECT hash FROM audit_events WHERE seq = :seq")
            .bind("seq", last)
            .mapTo(String.class)
            .one();
    Tombstone unsigned =
        new Tombstone(
            Ids.next("t"),
            first.get(),
            last,
            firstPrev,
            lastHash,
            last - first.get() + 1,
            clock.instant(),
            reason,
            siteKey.fingerprint(),
            publicKey(siteKey),
            "-");
    Tombstone tombstone =
        new Tombstone(
            unsigned.id(),
            unsigned.firstSeq(),
            unsigned.lastSeq(),
            unsigned.firstPrevHash(),
            unsigned.lastHash(),
            unsigned.eventCount(),
            unsigned.at(),
            unsigned.reason(),
            unsigned.keyFingerprint(),
            unsigned.publicKey(),
            Base64.getEncoder().encodeToString(siteKey.sign(AuditHashes.tombstone(unsigned))));
    h.createUpdate("DELETE FROM audit_events WHERE seq BETWEEN :first AND :last")
        .bind("first", first.get())
        .bind("last", last)
        .execute();
    // Checkpoints inside the range name hashes that are gone; the signed tombstone now vouches for
    // the range.
    h.createUpdate("DELETE FROM audit_checkpoints WHERE seq >= :first AND seq < :last")
        .bind("first", first.get())
        .bind("last", last)
        .execute();
    new AuditRepository.Tombstones().insert(h, tombstone);
    append(
        h,
        new AuditEvent(
            Ids.next("a"),
            clock.instant(),
            actor,
            "system",
            "audit.purge",
            "audit-tombstone",
            tombstone.id(),
            tombstone.eventCount() + " events, seq " + first.get() + "-" + last + ": " + reason));
    return Optional.of(tombstone);
  }

  private static Head lockHead(Handle h) {
    // The no-op update takes PostgreSQL's row lock until commit; SQLite's immediate transaction
    // already excludes.
    h.createUpdate("UPDATE audit_chain_head SET seq = seq WHERE id = 1").execute();
    return h.createQuery("SELECT seq, hash FROM audit_chain_head WHERE id = 1")
        .map((rs, ctx) -> new Head(rs.getLong("seq"), rs.getString("hash")))
        .one();
  }

  private static void moveHead(Handle h, Head head) {
    h.createUpdate("UPDATE audit_chain_head SET seq = :seq, hash = :hash WHERE id = 1")
        .bind("seq", head.seq())
        .bind("hash", head.hash())
        .execute();
  }

  /**
   * Chains the events written before V53, oldest first, once: they are vouched for from now on
   * only.
   */
  private static Head adoptUnchained(Handle h, Head head) {
    List<AuditEvent> old =
        h.createQuery("SELECT * FROM audit_events WHERE seq IS NULL ORDER BY at, id")
            .map(AuditRepository::event)
            .list();
    Head current = head;
    for (AuditEvent event : old) {
      long seq = current.seq() + 1;
      String hash = AuditHashes.event(seq, event, current.hash());
      h.createUpdate(
              "UPDATE audit_events SET seq = :seq, prev_hash = :prev, hash = :hash WHERE id = :id")
          .bind("seq", seq)
          .bind("prev", current.hash())
          .bind("hash", hash)
          .bind("id", event.id())
          .execute();
      current = new Head(seq, hash);
    }
    return current;
  }

  private static Head insert(Handle h, AuditEvent event, Head head) {
    long seq = head.seq() + 1;
    String hash = AuditHashes.event(seq, event, head.hash());
    h.createUpdate(
            "INSERT INTO audit_events (id, at, actor, role, action, subject_type, subject_id, detail, seq, "
                + "prev_hash, hash) VALUES (:id, :at, :actor, :role, :action, :type, :subject, :detail, :seq, :prev, :hash)")
        .bind("id", event.id())
        .bind("at", event.at().toEpochMilli())
        .bind("actor", event.actor())
        .bind("role", event.role())
        .bind("action", event.action())
        .bind("type", event.subjectType())
        .bind("subject", event.subjectId())
        .bind("detail", event.detail())
        .bind("seq", seq)
        .bind("prev", head.hash())
        .bind("hash", hash)
        .execute();
    return new Head(seq, hash);
  }

  private Checkpoint writeCheckpoint(Handle h, Head head, SiteKey siteKey) {
    long at = clock.millis();
    byte[] message = AuditHashes.checkpoint(head.seq(), head.hash(), at, siteKey.fingerprint());
    Checkpoint checkpoint =
        new Checkpoint(
            head.seq(),
            head.hash(),
            java.time.Instant.ofEpochMilli(at),
            siteKey.fingerprint(),
            publicKey(siteKey),
            Base64.getEncoder().encodeToString(siteKey.sign(message)));
    h.createUpdate("DELETE FROM audit_checkpoints WHERE seq = :seq")
        .bind("seq", head.seq())
        .execute();
    h.createUpdate(
            "INSERT INTO audit_checkpoints (seq, hash, at, key_fingerprint, public_key, signature) "
                + "VALUES (:seq, :hash, :at, :fingerprint, :key, :signature)")
        .bind("seq", checkpoint.seq())
        .bind("hash", checkpoint.hash())
        .bind("at", at)
        .bind("fingerprint", checkpoint.keyFingerprint())
        .bind("key", checkpoint.publicKey())
        .bind("signature", checkpoint.signature())
        .execute();
    return checkpoint;
  }

  private static String publicKey(SiteKey key) {
    return Base64.getEncoder().encodeToString(key.publicKey().getEncoded());
  }
}
