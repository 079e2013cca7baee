-- Four-eyes review: a decision of a type the site enabled it for is 'pending' until a different user approves it
-- ('approved') or rejects it ('rejected'); decisions that need no approval are 'final'. Only 'final' and
-- 'approved' decisions count (carry forward, close a hit). Existing rows are final.
ALTER TABLE reviews ADD COLUMN status TEXT NOT NULL DEFAULT 'final';
ALTER TABLE reviews ADD COLUMN approver TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN approved_at BIGINT;
ALTER TABLE reviews ADD COLUMN approval_comment TEXT NOT NULL DEFAULT '';

-- Site settings set through the API (key -> value text), e.g. four-eyes = "false-positive,true-match".
CREATE TABLE site_settings (
  setting_key TEXT PRIMARY KEY,
  setting_value TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
