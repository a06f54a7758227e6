-- The dispatcher counts what it sent in the last minute before every send (WeChat's rate
-- limit). Without this index that count reads every message ever sent, so each send got
-- slower as the outbox grew (the pipeline bench spent a quarter of its time there).
CREATE INDEX outbox_sent ON outbox(status, sent_at);
