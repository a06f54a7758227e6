-- Times are INTEGER milliseconds since the epoch (UTC); presentation adds the time zone.

-- Rooms are matched by topic once, then remembered by id so a renamed group keeps its grid.
CREATE TABLE rooms (
  id TEXT PRIMARY KEY,
  topic TEXT NOT NULL,
  grid TEXT NOT NULL,
  estate TEXT NOT NULL,
  first_seen_at INTEGER NOT NULL
) STRICT;

-- Every inbound message, exactly once (the WeChat message id is the key).
CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  room_id TEXT,
  room_topic TEXT,
  sender_id TEXT NOT NULL,
  sender_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  outcome TEXT NOT NULL DEFAULT 'pending',
  label TEXT,
  confidence REAL,
  case_id INTEGER,
  detail TEXT
) STRICT;
CREATE INDEX messages_outcome ON messages(outcome, received_at);
CREATE INDEX messages_room_sender ON messages(room_id, sender_id, received_at);

CREATE TABLE cases (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  category TEXT NOT NULL,
  urgent INTEGER NOT NULL,
  location TEXT,
  room_id TEXT,
  room_topic TEXT,
  grid TEXT,
  reporter_id TEXT NOT NULL,
  reporter_name TEXT NOT NULL,
  summary TEXT NOT NULL,
  status TEXT NOT NULL,
  assignee_id TEXT,
  created_at INTEGER NOT NULL,
  response_due_at INTEGER NOT NULL,
  closure_due_at INTEGER NOT NULL,
  first_response_at INTEGER,
  resolved_at INTEGER,
  closed_at INTEGER,
  resolution_note TEXT,
  merged_into INTEGER REFERENCES cases(id),
  reopen_count INTEGER NOT NULL DEFAULT 0,
  satisfaction INTEGER,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX cases_status ON cases(status);
CREATE INDEX cases_created ON cases(created_at);
CREATE INDEX cases_dup ON cases(category, status, created_at);
CREATE INDEX cases_assignee ON cases(assignee_id, status);

-- The messages that reported each case (several residents may report one problem).
CREATE TABLE case_reports (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  message_id TEXT NOT NULL,
  reporter_id TEXT NOT NULL,
  reporter_name TEXT NOT NULL,
  room_id TEXT,
  text TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (case_id, message_id)
) STRICT;
CREATE INDEX case_reports_reporter ON case_reports(reporter_id);

-- Append-only audit log: who did what to which case, when and why.
CREATE TABLE case_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  at INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  type TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT,
  detail TEXT
) STRICT;
CREATE INDEX case_events_case ON case_events(case_id, id);
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;

-- Every outbound message; dedupe_key makes "send this once" idempotent across ticks and restarts.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at INTEGER NOT NULL,
  not_before INTEGER NOT NULL,
  to_id TEXT,
  room_id TEXT,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  case_id INTEGER,
  dedupe_key TEXT UNIQUE,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  sent_at INTEGER,
  batch_id INTEGER,
  error TEXT,
  CHECK ((to_id IS NULL) <> (room_id IS NULL))
) STRICT;
CREATE INDEX outbox_pending ON outbox(status, not_before);

-- Persisted deadlines (response, closure, reminders, follow-ups): a restart loses none.
CREATE TABLE timers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  fired_at INTEGER,
  cancelled_at INTEGER,
  UNIQUE (case_id, kind)
) STRICT;
CREATE INDEX timers_due ON timers(fired_at, cancelled_at, due_at);

-- Worker corrections the classifier learns from (npm run train -- --db FILE).
CREATE TABLE classifier_corrections (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  text TEXT NOT NULL,
  label TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;

-- Leave and other per-worker state changed by commands.
CREATE TABLE worker_state (
  worker_id TEXT PRIMARY KEY,
  on_leave INTEGER NOT NULL DEFAULT 0,
  changed_at INTEGER NOT NULL
) STRICT;

-- Small facts the bot must remember across restarts (last digest day, offline since ...).
CREATE TABLE kv (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
