-- What a screening ran against, as JSON text: scorer id, index and engine versions, the lists in force with their
-- versions and the snapshots with their file digests; the evidence pack of a screening reports it.
ALTER TABLE screenings ADD COLUMN context TEXT NOT NULL DEFAULT '{}';
