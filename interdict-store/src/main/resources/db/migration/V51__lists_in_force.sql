-- The lists in force the stored parties were last re-screened against, so a restart can re-screen a change made
-- while the server was stopped (one row, id 1).
CREATE TABLE lists_in_force (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  lists_key TEXT NOT NULL,
  snapshots TEXT NOT NULL,
  at BIGINT NOT NULL
);
