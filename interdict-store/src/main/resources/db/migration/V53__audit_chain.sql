-- Tamper-evident audit log (ADR 008): each event carries its position, the hash of the event before it and its
-- own hash; the head row is the chain's end, locked by each append so that concurrent appends serialize; signed
-- checkpoints and tombstones (signed records of purged ranges) let a verifier walk the chain to the end.
-- Events written before this migration have no position yet; the first append after it chains them in order.
ALTER TABLE audit_events ADD COLUMN seq BIGINT;
ALTER TABLE audit_events ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_events ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_events_seq ON audit_events (seq);

CREATE TABLE audit_chain_head (
  id INTEGER PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_checkpoints (
  seq BIGINT PRIMARY KEY,
  hash TEXT NOT NULL,
  at BIGINT NOT NULL,
  key_fingerprint TEXT NOT NULL,
  public_key TEXT NOT NULL,
  signature TEXT NOT NULL
);

CREATE TABLE audit_tombstones (
  id TEXT PRIMARY KEY,
  first_seq BIGINT NOT NULL,
  last_seq BIGINT NOT NULL,
  first_prev_hash TEXT NOT NULL,
  last_hash TEXT NOT NULL,
  event_count BIGINT NOT NULL,
  at BIGINT NOT NULL,
  reason TEXT NOT NULL,
  key_fingerprint TEXT NOT NULL,
  public_key TEXT NOT NULL,
  signature TEXT NOT NULL
);
CREATE UNIQUE INDEX audit_tombstones_first_seq ON audit_tombstones (first_seq);
