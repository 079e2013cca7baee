-- Who works on a remediation item ('' when nobody was assigned), so the findings export can say whose it is.
ALTER TABLE remediation_items ADD COLUMN assignee TEXT NOT NULL DEFAULT '';
