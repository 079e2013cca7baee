-- The hit queue: each hit keeps its listed party's programs and the explanation of its score (JSON text), so the
-- queue can filter by program and explain a hit as it was scored; who works on a hit is in queue_assignments.
ALTER TABLE screening_hits ADD COLUMN programs TEXT NOT NULL DEFAULT '[]';
ALTER TABLE screening_hits ADD COLUMN explanation TEXT NOT NULL DEFAULT '{}';
ALTER TABLE rescreen_hits ADD COLUMN programs TEXT NOT NULL DEFAULT '[]';

-- One row per hit subject (review subject type and key) that someone was assigned to; '' assignee = unassigned.
CREATE TABLE queue_assignments (
  subject_type TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  assignee TEXT NOT NULL,
  assigned_by TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (subject_type, subject_key)
);
