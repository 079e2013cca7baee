-- Stored parties (the counterparties kept screened), re-screen runs after list changes with the hits they found,
-- and the ownership graph's edges. Portable between SQLite and PostgreSQL (numbered from 50: see docs/server.md).
CREATE TABLE stored_parties (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  party_type TEXT NOT NULL,
  country TEXT NOT NULL,
  origin TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  screened_at BIGINT,
  last_hits TEXT NOT NULL
);

CREATE TABLE rescreen_runs (
  id TEXT PRIMARY KEY,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  trigger_kind TEXT NOT NULL,
  lists_before TEXT NOT NULL,
  lists_after TEXT NOT NULL,
  added INTEGER NOT NULL,
  changed INTEGER NOT NULL,
  removed INTEGER NOT NULL,
  stored_parties INTEGER NOT NULL,
  rescreened INTEGER NOT NULL,
  new_hits INTEGER NOT NULL,
  gone_hits INTEGER NOT NULL,
  webhook_status TEXT NOT NULL,
  webhook_attempts INTEGER NOT NULL,
  webhook_detail TEXT NOT NULL
);
CREATE INDEX rescreen_runs_at ON rescreen_runs (at);

CREATE TABLE rescreen_hits (
  id TEXT PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES rescreen_runs (id),
  at BIGINT NOT NULL,
  kind TEXT NOT NULL,
  stored_party_id TEXT NOT NULL,
  stored_party_name TEXT NOT NULL,
  party_id TEXT NOT NULL,
  list_id TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  primary_name TEXT NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  reason TEXT NOT NULL,
  snapshot_before TEXT NOT NULL,
  snapshot_after TEXT NOT NULL,
  entry_hash TEXT NOT NULL,
  explanation TEXT NOT NULL
);
CREATE INDEX rescreen_hits_run ON rescreen_hits (run_id);
CREATE INDEX rescreen_hits_at ON rescreen_hits (at);

CREATE TABLE ownership_edges (
  id TEXT PRIMARY KEY,
  seq BIGINT NOT NULL,
  owner_name TEXT NOT NULL,
  owned_name TEXT NOT NULL,
  percent DOUBLE PRECISION,
  relation TEXT NOT NULL,
  source_location TEXT NOT NULL,
  reference TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  actor TEXT NOT NULL
);
CREATE INDEX ownership_edges_seq ON ownership_edges (seq);
