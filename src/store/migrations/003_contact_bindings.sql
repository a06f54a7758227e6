-- Workers whose WeChat id is not known in bot-config/ (id "unbound:...") bind their contact
-- with a one-time code a supervisor issues. Codes expire and are single-use.
CREATE TABLE contact_bindings (
  contact_id TEXT PRIMARY KEY,
  worker_id TEXT NOT NULL UNIQUE,
  bound_at INTEGER NOT NULL
) STRICT;

CREATE TABLE bind_codes (
  code TEXT PRIMARY KEY,
  worker_id TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  used_by TEXT
) STRICT;

-- Wrong codes are counted per contact so nobody can guess their way in.
CREATE TABLE bind_attempts (
  contact_id TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;
CREATE INDEX bind_attempts_contact ON bind_attempts(contact_id, at);
