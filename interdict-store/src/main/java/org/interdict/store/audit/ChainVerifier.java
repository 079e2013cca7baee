package org.interdict.store.audit;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.interdict.verify.Signatures;
import org.interdict.verify.SiteKeys;
import org.jdbi.v3.core.Handle;

/**
 * Walks the audit chain from its first event to its head and reports the first broken link: an
 * event whose content no longer hashes to its stored hash, a {@code prevHash} that is not the hash
 * before it, a missing position, a tombstone or checkpoint whose signature or hashes do not hold,
 * or a head that points past the last event (events deleted at the end). Streams the events, so
 * memory does not grow with the log. With a trusted key every signature must be by that key.
 */
public final class ChainVerifier {
  private ChainVerifier() {}

  public static ChainReport verify(Handle h, Optional<PublicKey> trusted) {
    List<String> notes = new ArrayList<>();
    long unchained =
        h.createQuery("SELECT COUNT(*) FROM audit_events WHERE seq IS NULL")
            .mapTo(Long.class)
            .one();
    if (unchained > 0) {
      notes.add(
          unchained + " events written before the chain existed are chained at the next append");
    }
    Deque<Tombstone> tombstones =
        new ArrayDeque<>(
            h.createQuery("SELECT * FROM audit_tombstones ORDER BY first_seq")
                .map(
                    (rs, ctx) ->
                        new Tombstone(
                            rs.getString("id"),
                            rs.getLong("first_seq"),
                            rs.getLong("last_seq"),
                            rs.getString("first_prev_hash"),
                            rs.getString("last_hash"),
                            rs.getLong("event_count"),
                            Instant.ofEpochMilli(rs.getLong("at")),
                            rs.getString("reason"),
                            rs.getString("key_fingerprint"),
                            rs.getString("public_key"),
                            rs.getString("signature")))
                .list());
    long tombstoneCount = tombstones.size();
    Map<Long, Checkpoint> checkpoints = new HashMap<>();
    h.createQuery("SELECT * FROM audit_checkpoints ORDER BY seq")
        .map(
            (rs, ctx) ->
                new Checkpoint(
                    rs.getLong("seq"),
                    rs.getString("hash"),
                    Instant.ofEpochMilli(rs.getLong("at")),
                    rs.getString("key_fingerprint"),
                    rs.getString("public_key"),
                    rs.getString("signature")))
        .forEach(c -> checkpoints.put(c.seq(), c));
    var head =
        h.createQuery("SELECT seq, hash FROM audit_chain_head WHERE id = 1")
            .map((rs, ctx) -> new AuditChain.Head(rs.getLong("seq"), rs.getString("hash")))
            .one();
    Walk walk = new Walk(trusted, tombstones, checkpoints);
    try (Stream<Row> rows =
        h
            .createQuery("SELECT * FROM audit_events WHERE seq IS NOT NULL ORDER BY seq")
            .setFetchSize(1000)
            .map(
                (rs, ctx) ->
                    new Row(
                        rs.getLong("seq"),
                        AuditRepository.event(rs, ctx),
                        rs.getString("prev_hash"),
                        rs.getString("hash")))
            .stream()) {
      for (var it = rows.iterator(); it.hasNext() && walk.failure.isEmpty(); ) {
        walk.row(it.next());
      }
    }
    if (walk.failure.isEmpty()) {
      walk.tombstonesUpTo(Long.MAX_VALUE);
    }
    if (walk.failure.isEmpty() && (walk.seq != head.seq() || !walk.prev.equals(head.hash()))) {
      walk.fail(
          head.seq(),
          "audit_chain_head",
          walk.seq < head.seq()
              ? "the chain ends at seq "
                  + walk.seq
                  + " but its head records seq "
                  + head.seq()
                  + ": the last events were deleted"
              : "the head records seq "
                  + head.seq()
                  + " hash "
                  + head.hash()
                  + ", the chain ends at seq "
                  + walk.seq
                  + " hash "
                  + walk.prev);
    }
    if (walk.failure.isEmpty()) {
      for (Checkpoint checkpoint : checkpoints.values()) {
        if (checkpoint.seq() > walk.seq) {
          walk.fail(
              checkpoint.seq(),
              "audit_checkpoints seq " + checkpoint.seq(),
              "a signed checkpoint names an event past the end of the chain: events were deleted");
          break;
        }
      }
    }
    if (trusted.isEmpty() && walk.signatures > 0) {
      notes.add(
          "no trusted key given: signatures were checked against the keys stored beside them");
    }
    if (checkpoints.isEmpty() && walk.seq > 0) {
      notes.add(
          "no signed checkpoint yet: the chain shows edits, but a rewrite of the whole chain would not show");
    }
    return new ChainReport(
        walk.events, walk.checkpointsChecked, tombstoneCount, walk.seq, walk.failure, notes);
  }

  record Row(long seq, AuditEvent event, String prevHash, String hash) {}

  /** The walk's state: the position and hash reached so far. */
  private static final class Walk {
    final Optional<PublicKey> trusted;
    final Deque<Tombstone> tombstones;
    final Map<Long, Checkpoint> checkpoints;
    long seq;
    String prev = AuditHashes.GENESIS;
    long events;
    long checkpointsChecked;
    long signatures;
    Optional<ChainReport.Break> failure = Optional.empty();

    Walk(
        Optional<PublicKey> trusted,
        Deque<Tombstone> tombstones,
        Map<Long, Checkpoint> checkpoints) {
      this.trusted = trusted;
      this.tombstones = tombstones;
      this.checkpoints = checkpoints;
    }

    void row(Row row) {
      tombstonesUpTo(row.seq());
      if (failure.isPresent()) {
        return;
      }
      String place = "audit_events id " + row.event().id();
      if (row.seq() != seq + 1) {
        fail(
            seq + 1,
            place,
            "events seq "
                + (seq + 1)
                + "-"
                + (row.seq() - 1)
                + " are missing and no tombstone covers them (deleted without a purge)");
        return;
      }
      if (!prev.equals(row.prevHash())) {
        fail(
            row.seq(),
            place,
            "prev_hash " + row.prevHash() + " is not the hash " + prev + " of the event before");
        return;
      }
      String hash = AuditHashes.event(row.seq(), row.event(), row.prevHash());
      if (!hash.equals(row.hash())) {
        fail(
            row.seq(),
            place,
            "the row was changed: its content hashes to "
                + hash
                + ", its stored hash is "
                + row.hash());
        return;
      }
      seq = row.seq();
      prev = hash;
      events++;
      checkpoint();
    }

    /** Steps over every tombstone that starts at or before {@code nextSeq}. */
    void tombstonesUpTo(long nextSeq) {
      while (failure.isEmpty()
          && !tombstones.isEmpty()
          && tombstones.peekFirst().firstSeq() <= nextSeq) {
        Tombstone t = tombstones.removeFirst();
        String place = "audit_tombstones id " + t.id();
        if (t.firstSeq() != seq + 1) {
          fail(
              t.firstSeq(),
              place,
              "covers seq " + t.firstSeq() + "-" + t.lastSeq() + " but the chain is at seq " + seq);
        } else if (!t.firstPrevHash().equals(prev)) {
          fail(
              t.firstSeq(),
              place,
              "first_prev_hash "
                  + t.firstPrevHash()
                  + " is not the hash "
                  + prev
                  + " of the event before");
        } else if (!signed(
            t.publicKey(), t.keyFingerprint(), AuditHashes.tombstone(t), t.signature())) {
          fail(t.firstSeq(), place, signatureProblem(t.keyFingerprint()));
        } else {
          seq = t.lastSeq();
          prev = t.lastHash();
          checkpoint();
        }
      }
    }

    private void checkpoint() {
      Checkpoint c = checkpoints.get(seq);
      if (c == null || failure.isPresent()) {
        return;
      }
      String place = "audit_checkpoints seq " + c.seq();
      if (!c.hash().equals(prev)) {
        fail(
            seq,
            place,
            "the signed checkpoint says hash "
                + c.hash()
                + ", the chain has "
                + prev
                + " (events up to here were rewritten)");
      } else if (!signed(
          c.publicKey(),
          c.keyFingerprint(),
          AuditHashes.checkpoint(c.seq(), c.hash(), c.at().toEpochMilli(), c.keyFingerprint()),
          c.signature())) {
        fail(seq, place, signatureProblem(c.keyFingerprint()));
      } else {
        checkpointsChecked++;
      }
    }

    private boolean signed(String publicKey, String fingerprint, byte[] message, String signature) {
      signatures++;
      try {
        PublicKey key =
            trusted.orElseGet(
                () -> SiteKeys.publicKey(Base64.getDecoder().decode(publicKey), "stored key"));
        return Signatures.fingerprint(key).equals(fingerprint)
            && Signatures.verify(key, message, Base64.getDecoder().decode(signature));
      } catch (RuntimeException e) {
        return false;
      }
    }

    private String signatureProblem(String fingerprint) {
      return trusted.isPresent() && !Signatures.fingerprint(trusted.get()).equals(fingerprint)
          ? "signed by key "
              + fingerprint
              + ", not by the trusted key "
              + Signatures.fingerprint(trusted.get())
          : "the Ed25519 signature does not match its content";
    }

    void fail(long at, String place, String problem) {
      failure = Optional.of(new ChainReport.Break(at, place, problem));
    }
  }
}
