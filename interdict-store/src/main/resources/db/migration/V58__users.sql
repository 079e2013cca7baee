-- Users (ADR 015): every API key belongs to a user, and sessions belong to a user (a key session also names its
-- key; a single sign-on session names none). Users come from the admin API ('local') or from a first OIDC sign-in
-- ('oidc', identified by issuer and subject). Disabled users keep their rows, so the audit log stays readable.
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL,
  oidc_issuer TEXT,
  oidc_subject TEXT,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  disabled_at BIGINT,
  last_sign_in_at BIGINT,
  UNIQUE (oidc_issuer, oidc_subject)
);

-- Existing keys: one user per distinct key name. The audit log, review decisions and four-eyes checks named the
-- key, so keys that shared a name were already one actor; keys with different names stay different people.
INSERT INTO users (id, name, source, created_at, created_by)
  SELECT 'u-' || MIN(id), name, 'local', MIN(created_at), 'migration V58' FROM api_keys GROUP BY name;

ALTER TABLE api_keys ADD COLUMN user_id TEXT REFERENCES users (id);
UPDATE api_keys SET user_id = (SELECT users.id FROM users WHERE users.name = api_keys.name);
CREATE INDEX api_keys_user ON api_keys (user_id);

-- Sessions get their user and role; key_id becomes optional (a single sign-on session has no key). Rebuilt,
-- since SQLite cannot drop a NOT NULL; live key sessions are kept.
CREATE TABLE sessions_v58 (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  key_id TEXT REFERENCES api_keys (id),
  role TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  ended_at BIGINT
);
INSERT INTO sessions_v58 (token_hash, user_id, key_id, role, csrf_token, created_at, expires_at, ended_at)
  SELECT s.token_hash, k.user_id, s.key_id, k.role, s.csrf_token, s.created_at, s.expires_at, s.ended_at
  FROM sessions s JOIN api_keys k ON k.id = s.key_id;
DROP TABLE sessions;
ALTER TABLE sessions_v58 RENAME TO sessions;
CREATE INDEX sessions_user ON sessions (user_id);
