-- Interdict server schema, portable between SQLite and PostgreSQL: text ids made in Java, timestamps as BIGINT
-- epoch milliseconds, dates as ISO text (YYYY-MM-DD), flags as INTEGER 0/1, JSON as TEXT.

CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  revoked_at BIGINT
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  key_id TEXT NOT NULL REFERENCES api_keys (id),
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  ended_at BIGINT
);

CREATE TABLE audit_events (
  id TEXT PRIMARY KEY,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX audit_events_at ON audit_events (at);

CREATE TABLE scan_jobs (
  id TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  format TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT NOT NULL,
  profile TEXT NOT NULL,
  as_of TEXT NOT NULL,
  host TEXT NOT NULL,
  actor TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  started_at BIGINT,
  finished_at BIGINT,
  bytes_read BIGINT NOT NULL,
  total_bytes BIGINT NOT NULL,
  records BIGINT NOT NULL,
  findings BIGINT NOT NULL,
  errors BIGINT NOT NULL,
  error_list TEXT NOT NULL,
  completion_seq BIGINT
);
CREATE INDEX scan_jobs_status ON scan_jobs (status);

-- The hosts each completed scan read records of: a host's latest scan decides its current findings.
CREATE TABLE scan_hosts (
  scan_id TEXT NOT NULL REFERENCES scan_jobs (id),
  host TEXT NOT NULL,
  PRIMARY KEY (scan_id, host)
);
CREATE INDEX scan_hosts_host ON scan_hosts (host);

CREATE TABLE findings (
  id TEXT PRIMARY KEY,
  scan_id TEXT NOT NULL REFERENCES scan_jobs (id),
  host TEXT NOT NULL,
  product_id TEXT NOT NULL,
  product_name TEXT NOT NULL,
  vendor_id TEXT NOT NULL,
  context TEXT NOT NULL,
  confidence TEXT NOT NULL,
  observed_name TEXT NOT NULL,
  version TEXT NOT NULL,
  location TEXT NOT NULL,
  occurrences BIGINT NOT NULL,
  evidence TEXT NOT NULL,
  worst_status TEXT NOT NULL,
  covered INTEGER NOT NULL,
  deadline TEXT,
  regimes TEXT NOT NULL,
  first_seen BIGINT NOT NULL,
  last_seen BIGINT NOT NULL
);
CREATE INDEX findings_scan ON findings (scan_id);
CREATE INDEX findings_host_product ON findings (host, product_id);

CREATE TABLE finding_regimes (
  finding_id TEXT NOT NULL REFERENCES findings (id),
  regime_id TEXT NOT NULL,
  status TEXT NOT NULL,
  deadline TEXT,
  PRIMARY KEY (finding_id, regime_id)
);
CREATE INDEX finding_regimes_regime ON finding_regimes (regime_id, status);

CREATE TABLE screenings (
  id TEXT PRIMARY KEY,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  query_name TEXT NOT NULL,
  normalized TEXT NOT NULL,
  min_score DOUBLE PRECISION NOT NULL,
  match_count INTEGER NOT NULL
);

CREATE TABLE screening_hits (
  screening_id TEXT NOT NULL REFERENCES screenings (id),
  party_id TEXT NOT NULL,
  list_id TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  primary_name TEXT NOT NULL,
  matched_name TEXT NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  entry_hash TEXT NOT NULL,
  PRIMARY KEY (screening_id, party_id)
);

CREATE TABLE reviews (
  id TEXT PRIMARY KEY,
  subject_type TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  decision TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  comment TEXT NOT NULL,
  at BIGINT NOT NULL,
  entry_hash TEXT NOT NULL
);
CREATE INDEX reviews_subject ON reviews (subject_type, subject_key, at);

CREATE TABLE remediation_items (
  id TEXT PRIMARY KEY,
  host TEXT NOT NULL,
  product_id TEXT NOT NULL,
  product_name TEXT NOT NULL,
  state TEXT NOT NULL,
  deadline TEXT,
  regime_id TEXT NOT NULL,
  phase_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (host, product_id)
);

CREATE TABLE remediation_history (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES remediation_items (id),
  state TEXT NOT NULL,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  comment TEXT NOT NULL
);
CREATE INDEX remediation_history_item ON remediation_history (item_id, at);

CREATE TABLE progress_snapshots (
  day TEXT PRIMARY KEY,
  open_items INTEGER NOT NULL,
  in_progress_items INTEGER NOT NULL,
  replaced_items INTEGER NOT NULL,
  verified_items INTEGER NOT NULL,
  updated_at BIGINT NOT NULL
);
