-- What the screened party was said to be beside its name, and what scored it: the query's features as JSON text
-- (birth dates as written, countries as ISO codes, identifiers with their kind, the party type; '{}' for none or
-- before they were kept), the id of the scorer the query ran under and the version (digest) of the index it ran on
-- ('' before they were kept). The history lists them; a screening's evidence pack reports them.
-- Numbered 54 (reserved) and applied out of order on a database already past it (Database enables outOfOrder).
ALTER TABLE screenings ADD COLUMN features TEXT NOT NULL DEFAULT '{}';
ALTER TABLE screenings ADD COLUMN scorer TEXT NOT NULL DEFAULT '';
ALTER TABLE screenings ADD COLUMN index_version TEXT NOT NULL DEFAULT '';
