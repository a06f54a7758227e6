-- File messages (digest charts, spreadsheet exports): the outbox row's text is the caption or
-- fallback, file_path the file the transport sends when it can.
ALTER TABLE outbox ADD COLUMN file_path TEXT;

-- Reports reconstruct what was active at a past instant from cases touched after it.
CREATE INDEX cases_updated ON cases(updated_at);
