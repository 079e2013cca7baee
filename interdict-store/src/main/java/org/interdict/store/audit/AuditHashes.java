package org.interdict.store.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interdict.verify.JsonCanonicalizer;
import org.interdict.verify.Signatures;

/**
 * What the audit chain hashes and signs, each an RFC 8785 canonical JSON object with a schema id,
 * so an auditor can recompute any hash with any JCS implementation and {@code sha256sum}
 * (docs/verification.md).
 */
public final class AuditHashes {
  /** The {@code prevHash} of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AuditHashes() {}

  /** The hex SHA-256 of an event at position {@code seq} following {@code prevHash}. */
  public static String event(long seq, AuditEvent e, String prevHash) {
    ObjectNode node = NODES.objectNode();
    node.put("schema", "interdict-audit-event/1");
    node.put("seq", seq);
    node.put("id", e.id());
    node.put("at", e.at().toEpochMilli());
    node.put("actor", e.actor());
    node.put("role", e.role());
    node.put("action", e.action());
    node.put("subjectType", e.subjectType());
    node.put("subjectId", e.subjectId());
    node.put("detail", e.detail());
    node.put("prevHash", prevHash);
    return Signatures.sha256(JsonCanonicalizer.canonicalBytes(node));
  }

  static byte[] checkpoint(long seq, String hash, long at, String fingerprint) {
    ObjectNode node = NODES.objectNode();
    node.put("schema", "interdict-audit-checkpoint/1");
    node.put("seq", seq);
    node.put("hash", hash);
    node.put("at", at);
    node.put("keyFingerprint", fingerprint);
    return JsonCanonicalizer.canonicalBytes(node);
  }

  static byte[] tombstone(Tombstone t) {
    ObjectNode node = NODES.objectNode();
    node.put("schema", "interdict-audit-tombstone/1");
    node.put("id", t.id());
    node.put("firstSeq", t.firstSeq());
    node.put("lastSeq", t.lastSeq());
    node.put("firstPrevHash", t.firstPrevHash());
    node.put("lastHash", t.lastHash());
    node.put("eventCount", t.eventCount());
    node.put("at", t.at().toEpochMilli());
    node.put("reason", t.reason());
    node.put("keyFingerprint", t.keyFingerprint());
    return JsonCanonicalizer.canonicalBytes(node);
  }
}
